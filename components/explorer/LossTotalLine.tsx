/** The running total; a live region so screen readers hear it change as filters change. */
export function LossTotalLine({ text }: { text: string }) {
  return (
    <p role="status" aria-live="polite" className="mb-4 text-lg font-semibold">
      {text}
    </p>
  );
}
