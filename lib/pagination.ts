/**
 * Page math for every paginated list: the archive, tag pages, facet pages and the explorer's
 * filtered results (in the browser). Pure and client-safe.
 */

/** One page of a list, with what a pagination bar and "Page n of m" need. */
export type Page<T> = { items: T[]; page: number; totalPages: number; totalItems: number };

/** An empty list still has one page (it says "no incidents"), so a listing's root always exists. */
export function countPages(totalItems: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalItems / pageSize));
}

/** A page past the end clamps to the last page rather than showing nothing. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  const totalPages = countPages(items.length, pageSize);
  const current = Math.min(Math.max(1, page), totalPages);
  const start = (current - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page: current, totalPages, totalItems: items.length };
}

/**
 * Which page numbers a pagination bar shows. Listing every page made each of the 500 archive
 * pages at 10,000 incidents carry 500 links (quadratic output); the bar shows the first and
 * last page, a few around the current one, and a gap marker for the rest, so its size is
 * constant however many pages there are.
 */
export type PaginationItem = number | "gap";

export function paginationItems(page: number, totalPages: number, siblings = 2): PaginationItem[] {
  const shown = new Set<number>([1, totalPages]);
  for (let p = page - siblings; p <= page + siblings; p++) if (p >= 1 && p <= totalPages) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    // A gap of exactly one page shows that page instead of an ellipsis standing for it.
    if (previous !== undefined && p - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && p - previous > 2) items.push("gap");
    items.push(p);
  });
  return items;
}

export type PaginationBar = { previous?: number; next?: number; items: PaginationItem[] };

/** Everything a pagination bar links: the neighbouring pages, if any, and the windowed page numbers. */
export function paginationBar(page: number, totalPages: number): PaginationBar {
  return {
    previous: page > 1 ? page - 1 : undefined,
    next: page < totalPages ? page + 1 : undefined,
    items: paginationItems(page, totalPages),
  };
}
