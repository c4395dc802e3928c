import type { HeaderCell } from "@/components/ui/DataTable";
import { headerHref, type SortState, type TableDef } from "@/lib/rankings";

/** Header cells for a rankings table: sortable columns link to their sorted view; the active one carries aria-sort. */
export function sortHeaders<Row>(
  table: TableDef<Row>,
  sort: SortState,
  stickyColumn: string,
): HeaderCell[] {
  return table.columns.map((c) => ({
    id: c.id,
    label: c.label,
    numeric: c.numeric,
    sticky: c.id === stickyColumn,
    href: c.sortValue ? headerHref(table.id, c.id, sort) : undefined,
    sorted: c.id === sort.column ? (sort.direction === "asc" ? "ascending" : "descending") : undefined,
  }));
}
