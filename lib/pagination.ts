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
