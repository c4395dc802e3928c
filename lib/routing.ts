/** Parses the [page] segment of paginated routes: only canonical whole numbers ≥ 2 are pages. */
export function parsePageParam(value: string): number | undefined {
  if (!/^[1-9]\d*$/.test(value)) return undefined;
  const page = Number(value);
  return page >= 2 ? page : undefined;
}

/** Page numbers 2..total as route params (page 1 lives at the listing's root). */
export function pageParams(totalPages: number): { page: string }[] {
  return Array.from({ length: Math.max(0, totalPages - 1) }, (_, i) => ({ page: String(i + 2) }));
}
