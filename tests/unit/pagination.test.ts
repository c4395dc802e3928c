import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countPages, pageOf, paginationBar, paginationItems } from "@/lib/pagination";

describe("pagination bar", () => {
  it("shows every page when there are few", () => {
    expect(paginationItems(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(paginationItems(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("keeps the first, the last and two either side of the current page, with gaps between", () => {
    expect(paginationItems(250, 500)).toEqual([1, "gap", 248, 249, 250, 251, 252, "gap", 500]);
    expect(paginationItems(1, 500)).toEqual([1, 2, 3, "gap", 500]);
    expect(paginationItems(500, 500)).toEqual([1, "gap", 498, 499, 500]);
  });

  it("shows a single skipped page instead of a gap standing for it", () => {
    expect(paginationItems(5, 20)).toEqual([1, 2, 3, 4, 5, 6, 7, "gap", 20]);
  });

  it("stays the same size however many pages there are", () => {
    expect(paginationItems(5000, 10000)).toHaveLength(paginationItems(50, 100).length);
  });
});

describe("page math", () => {
  it("counts pages, an empty list still having one", () => {
    expect(countPages(0, 20)).toBe(1);
    expect(countPages(20, 20)).toBe(1);
    expect(countPages(21, 20)).toBe(2);
  });

  it("slices a page and clamps a page past either end", () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    expect(pageOf(items, 3, 20)).toEqual({ items: [40, 41, 42, 43, 44], page: 3, totalPages: 3, totalItems: 45 });
    expect(pageOf(items, 9, 20).page).toBe(3);
    expect(pageOf(items, 0, 20).items[0]).toBe(0);
  });

  it("links the neighbouring pages only where they exist", () => {
    expect(paginationBar(1, 3)).toEqual({ previous: undefined, next: 2, items: [1, 2, 3] });
    expect(paginationBar(3, 3)).toMatchObject({ previous: 2, next: undefined });
    expect(paginationBar(250, 500)).toMatchObject({ previous: 249, next: 251 });
  });

  it("is done in lib/pagination.ts alone", () => {
    // The archive, tag, facet and explorer lists each used to count and slice pages themselves.
    const files = ["lib/content/queries/incidents.ts", "lib/content/queries/facets.ts", "lib/stats/explorer.ts", "components/ui/Pagination.tsx", "components/explorer/IncidentExplorer.tsx"];
    for (const file of files) expect(readFileSync(join(__dirname, "..", "..", file), "utf8"), file).not.toMatch(/Math\.ceil|totalPages\) *\/|page - 1\)|page \+ 1\)/);
  });
});
