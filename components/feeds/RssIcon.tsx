/** The standard feed icon; decorative, so the link text next to it carries the meaning. */
export function RssIcon({ className = "h-4 w-4" }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={className}>
      <rect width="24" height="24" rx="5" fill="#c2410c" />
      <circle cx="6.5" cy="17.5" r="2" fill="#fff" />
      <path d="M4.5 10.5a9 9 0 0 1 9 9h-2.6a6.4 6.4 0 0 0-6.4-6.4z" fill="#fff" />
      <path d="M4.5 5a14.5 14.5 0 0 1 14.5 14.5h-2.6A11.9 11.9 0 0 0 4.5 7.6z" fill="#fff" />
    </svg>
  );
}
