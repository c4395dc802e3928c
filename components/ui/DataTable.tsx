import Link from "next/link";

export type HeaderCell = {
  id: string;
  label: string;
  numeric?: boolean;
  /** The row-header column: stays in view while the table scrolls sideways on narrow screens. */
  sticky?: boolean;
  /** A link to the view sorted by this column; absent for unsortable columns. */
  href?: string;
  /** Set on the column the rows are currently sorted by. */
  sorted?: "ascending" | "descending";
};

const STICKY = "sticky left-0 z-10 bg-paper dark:bg-[#0f1115]";

/**
 * A captioned data table that scrolls horizontally inside its own focusable region on narrow
 * screens. Sorting is plain links to prerendered views, so it works without JavaScript.
 */
export function DataTable({
  id,
  caption,
  headers,
  children,
}: {
  id: string;
  caption: React.ReactNode;
  headers: HeaderCell[];
  children: React.ReactNode;
}) {
  const captionId = `${id}-caption`;
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="max-w-full overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption id={captionId} className="mb-2 text-left text-sm text-zinc-700 dark:text-zinc-300">
          {/* The caption is as wide as the table; pinned to the visible width so it wraps instead of scrolling away. */}
          <span className="sticky left-0 block max-w-[min(calc(100vw-2rem),69rem)]">{caption}</span>
        </caption>
        <thead>
          <tr className="border-b-2 border-ink/70 dark:border-zinc-500">
            {headers.map((h) => (
              <th
                key={h.id}
                scope="col"
                aria-sort={h.sorted}
                className={`whitespace-nowrap px-2 py-2 align-bottom font-semibold ${h.numeric ? "text-right" : "text-left"} ${h.sticky ? STICKY : ""}`}
              >
                {h.href ? (
                  <Link href={h.href} scroll={false} className="underline decoration-zinc-400 underline-offset-4 hover:text-accent dark:hover:text-accent-dark">
                    {h.label}
                  </Link>
                ) : (
                  h.label
                )}
                {h.sorted && (
                  <span aria-hidden="true" className="ml-1">
                    {h.sorted === "ascending" ? "▲" : "▼"}
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">{children}</tbody>
      </table>
    </div>
  );
}

export function Cell({ numeric, children, title }: { numeric?: boolean; children: React.ReactNode; title?: string }) {
  return (
    <td title={title} className={`whitespace-nowrap px-2 py-2 ${numeric ? "tabular text-right" : "text-left"}`}>
      {children}
    </td>
  );
}

export function RowHeader({ children }: { children: React.ReactNode }) {
  return (
    <th scope="row" className={`whitespace-nowrap px-2 py-2 text-left font-semibold ${STICKY}`}>
      {children}
    </th>
  );
}
