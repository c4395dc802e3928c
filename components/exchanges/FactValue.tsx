/** A security fact as a word plus a glyph; "unknown" is its own muted state, never "no" or 0. */
const LABELS: Record<string, { label: string; glyph: string; className: string }> = {
  mandatory: { label: "Mandatory", glyph: "✓", className: "text-emerald-800 dark:text-emerald-300" },
  offered: { label: "Offered", glyph: "◐", className: "text-emerald-800 dark:text-emerald-300" },
  yes: { label: "Yes", glyph: "✓", className: "text-emerald-800 dark:text-emerald-300" },
  no: { label: "No", glyph: "✕", className: "text-red-800 dark:text-red-300" },
  unknown: { label: "Unknown", glyph: "?", className: "italic text-zinc-600 dark:text-zinc-400" },
};

export function FactValue({ value }: { value: string }) {
  const style = LABELS[value] ?? { label: value, glyph: "", className: "" };
  return (
    <span className={style.className}>
      {style.glyph && (
        <span aria-hidden="true" className="mr-1 not-italic">
          {style.glyph}
        </span>
      )}
      {style.label}
    </span>
  );
}
