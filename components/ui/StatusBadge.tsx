import { type IncidentStatus, STATUS_INFO } from "@/lib/content/model";

/** Colour plus a glyph plus the word: status never relies on colour alone. */
const STYLES: Record<IncidentStatus, { className: string; glyph: string }> = {
  reported: {
    className: "bg-amber-100 text-amber-900 ring-amber-700/40 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-400/40",
    glyph: "?",
  },
  denied: {
    className: "bg-violet-100 text-violet-900 ring-violet-700/40 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-400/40",
    glyph: "✕",
  },
  confirmed: {
    className: "bg-red-100 text-red-900 ring-red-700/40 dark:bg-red-950 dark:text-red-200 dark:ring-red-400/40",
    glyph: "!",
  },
  resolved: {
    className: "bg-emerald-100 text-emerald-900 ring-emerald-700/40 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-400/40",
    glyph: "✓",
  },
};

export function StatusBadge({ status }: { status: IncidentStatus }) {
  const style = STYLES[status];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded px-2 py-0.5 text-xs font-bold uppercase tracking-wide ring-1 ring-inset ${style.className}`}
      title={STATUS_INFO[status].meaning}
    >
      <span aria-hidden="true">{style.glyph}</span>
      <span className="sr-only">Status: </span>
      <span>{STATUS_INFO[status].label}</span>
    </span>
  );
}
