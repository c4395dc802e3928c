import Link from "next/link";
import { paginationBar } from "@/lib/pagination";

type PaginationProps = {
  page: number;
  totalPages: number;
  /** URL of page n; page 1 is usually the listing's own root. */
  hrefFor: (page: number) => string;
  label: string;
  /**
   * For lists rendered in the browser (the explorer's filtered results): a plain click goes to
   * page n without a document load. The links keep their hrefs, so a new tab still works.
   */
  onNavigate?: (page: number) => void;
};

export function Pagination({ page, totalPages, hrefFor, label, onNavigate }: PaginationProps) {
  if (totalPages <= 1) return null;
  const clickFor = (p: number) =>
    onNavigate
      ? (event: React.MouseEvent<HTMLAnchorElement>) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
          event.preventDefault();
          onNavigate(p);
        }
      : undefined;
  const { previous, next, items } = paginationBar(page, totalPages);
  const linkClass = "inline-flex min-h-8 items-center rounded border border-zinc-300 px-3 py-1 hover:border-ink dark:border-zinc-600 dark:hover:border-zinc-300";
  return (
    <nav aria-label={label} className="mt-10 flex flex-wrap items-center gap-2 text-sm">
      {previous !== undefined && (
        <Link href={hrefFor(previous)} rel="prev" className={linkClass} onClick={clickFor(previous)}>
          ← Newer
        </Link>
      )}
      <ul className="flex flex-wrap gap-1">
        {items.map((p, i) => (
          <li key={p === "gap" ? `gap-${String(i)}` : p} aria-hidden={p === "gap" ? true : undefined}>
            {p === "gap" ? (
              <span className="px-1 py-1 text-zinc-500 dark:text-zinc-400">…</span>
            ) : p === page ? (
              <span aria-current="page" className="inline-flex min-h-8 items-center rounded bg-ink px-3 py-1 font-bold text-white dark:bg-zinc-100 dark:text-ink">
                {p}
              </span>
            ) : (
              <Link href={hrefFor(p)} className={linkClass} aria-label={`Page ${String(p)}`} onClick={clickFor(p)}>
                {p}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {next !== undefined && (
        <Link href={hrefFor(next)} rel="next" className={linkClass} onClick={clickFor(next)}>
          Older →
        </Link>
      )}
    </nav>
  );
}
