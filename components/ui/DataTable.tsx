import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
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

type LabelledCellProps = { "data-label"?: string; children?: ReactNode };

const STICKY = "sticky left-0 z-10 bg-paper dark:bg-[#0f1115]";

/**
 * Gives every cell of every row its column's label. On phones the table is restacked as one card per
 * row (see .stacked-table in globals.css) and each cell shows that label in front of its value; doing it
 * here means no table has to repeat its headers cell by cell.
 */
function labelCells(rows: ReactNode, headers: HeaderCell[]): ReactNode {
  return Children.map(rows, (row) => {
    if (!isValidElement<LabelledCellProps>(row)) return row;
    let column = 0;
    const cells = Children.map(row.props.children, (cell) => {
      if (!isValidElement<LabelledCellProps>(cell)) return cell;
      const header = headers[column];
      column += 1;
      return header ? cloneElement(cell as ReactElement<LabelledCellProps>, { "data-label": header.label }) : cell;
    });
    return cloneElement(row, {}, cells);
  });
}

/**
 * A captioned data table. From 640 px up it scrolls horizontally inside its own focusable region; below
 * that every row becomes a card with labelled values, so nothing hides off-screen on a phone. Sorting is
 * plain links to prerendered views, so it works without JavaScript.
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
    // relative: visually hidden text (position: absolute) inside cells must be clipped by this scroll box,
    // not positioned against the page, where it widened /rankings past the phone viewport.
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="stacked-table relative max-w-full overflow-x-auto">
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
                  <Link
                    href={h.href}
                    scroll={false}
                    className="inline-block min-h-6 underline decoration-zinc-400 underline-offset-4 hover:text-accent dark:hover:text-accent-dark"
                  >
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
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">{labelCells(children, headers)}</tbody>
      </table>
    </div>
  );
}

export function Cell({
  numeric,
  children,
  title,
  "data-label": label,
}: {
  numeric?: boolean;
  children: React.ReactNode;
  title?: string;
  "data-label"?: string;
}) {
  return (
    <td title={title} data-label={label} className={`whitespace-nowrap px-2 py-2 ${numeric ? "tabular text-right" : "text-left"}`}>
      {children}
    </td>
  );
}

export function RowHeader({ children, "data-label": label }: { children: React.ReactNode; "data-label"?: string }) {
  return (
    <th scope="row" data-label={label} className={`whitespace-nowrap px-2 py-2 text-left font-semibold ${STICKY}`}>
      {children}
    </th>
  );
}
