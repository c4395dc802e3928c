import { describe, expect, it } from "vitest";
import { paginationItems } from "@/lib/pagination";

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
