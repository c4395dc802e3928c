const SORT_DIRECTIONS = ["asc", "desc"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
export type SortValue = number | string | undefined;

export function isSortDirection(value: string): value is SortDirection {
  return (SORT_DIRECTIONS as readonly string[]).includes(value);
}

function compareValues(a: number | string, b: number | string): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "en");
}

/**
 * Sorts a copy. Unknown values (undefined) go last in both directions, because "unknown" is not
 * the smallest or the largest value. Ties are broken by `tieBreak` in its own fixed order, whatever
 * the direction, so the same URL always lists rows in the same order.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => SortValue,
  direction: SortDirection,
  tieBreak: (a: Row, b: Row) => number,
): Row[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === undefined || vb === undefined) {
      if (va === undefined && vb === undefined) return tieBreak(a, b);
      return va === undefined ? 1 : -1;
    }
    return sign * compareValues(va, vb) || tieBreak(a, b);
  });
}

/** Rank 1..n in the given order; rows equal by `same` share a rank (1, 2, 2, 4). */
export function assignRanks<Row>(rows: readonly Row[], same: (a: Row, b: Row) => boolean): number[] {
  const ranks: number[] = [];
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    const previousRank = ranks[i - 1];
    ranks.push(previous !== undefined && previousRank !== undefined && same(previous, row) ? previousRank : i + 1);
  });
  return ranks;
}
