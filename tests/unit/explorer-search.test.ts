import { describe, expect, it } from "vitest";
import { describeExplorerView, parseExplorerQuery, parseUsdAmount, prerenderedPathForQuery, EMPTY_QUERY, type ExplorerLabels } from "@/lib/stats/explorer";
import { searchVocabulary, suggestSearchTerm } from "@/lib/search/suggest";
import { highlightTerms } from "@/components/search/pagefind";

describe("parseUsdAmount (the explorer's Minimum loss)", () => {
  it.each([
    ["50M", 50_000_000],
    ["50m", 50_000_000],
    ["$50M", 50_000_000],
    ["$50,000,000", 50_000_000],
    ["50000000", 50_000_000],
    ["1.5b", 1_500_000_000],
    ["1.5 billion", 1_500_000_000],
    ["USD 2.5 million", 2_500_000],
    ["750k", 750_000],
    [" 3bn ", 3_000_000_000],
  ])("%s → %d", (text, dollars) => {
    expect(parseUsdAmount(text)).toBe(dollars);
  });

  it.each(["", "M", "50x", "5,0000", "-5M", "0", "$", "1.5.3m", "fifty"])("%j is not an amount", (text) => {
    expect(parseUsdAmount(text)).toBeUndefined();
  });

  it("a shared link with minLoss=50M filters at 50 million", () => {
    const options = { years: [], statuses: [], vectors: [], exchanges: [], tags: [], chains: [], targets: [], actors: [] };
    expect(parseExplorerQuery(new URLSearchParams("minLoss=50M"), options).minLoss).toBe(50_000_000);
  });
});

const labels: ExplorerLabels = {
  statuses: { denied: "Denied", resolved: "Resolved" },
  vectors: { phishing: "Phishing" },
  exchanges: { okex: "OKEx" },
  chains: {},
  targets: {},
  actors: {},
};

describe("describeExplorerView (the explorer's intro)", () => {
  it("names the count, filters, order and page of the view on screen", () => {
    expect(describeExplorerView({ totalItems: 17, page: 1, totalPages: 2 }, EMPTY_QUERY, labels)).toBe("17 reports, newest first. Page 1 of 2.");
    expect(describeExplorerView({ totalItems: 17, page: 2, totalPages: 2 }, { ...EMPTY_QUERY, page: 2 }, labels)).toBe("17 reports, newest first. Page 2 of 2.");
    expect(describeExplorerView({ totalItems: 3, page: 1, totalPages: 1 }, { ...EMPTY_QUERY, status: "denied", sort: "loss" }, labels)).toBe(
      "3 reports matching status Denied, largest loss first. Page 1 of 1.",
    );
    expect(describeExplorerView({ totalItems: 1, page: 1, totalPages: 1 }, { ...EMPTY_QUERY, tag: "phishing", minLoss: 50_000_000 }, labels)).toBe(
      "1 report matching tag #phishing, loss at least USD 50,000,000, newest first. Page 1 of 1.",
    );
  });

  it("says plainly when nothing matches", () => {
    expect(describeExplorerView({ totalItems: 0, page: 1, totalPages: 1 }, { ...EMPTY_QUERY, exchange: "okex", year: "2030" }, labels)).toBe(
      "No reports match year 2030, exchange OKEx.",
    );
  });
});

describe("prerenderedPathForQuery (no-JS links and the GET form)", () => {
  const path = (qs: string) => prerenderedPathForQuery(new URLSearchParams(qs));
  it("sends one facet in the default order to its facet page", () => {
    expect(path("year=2018")).toBe("/incidents/year/2018");
    expect(path("status=denied&page=2")).toBe("/incidents/status/denied/page/2");
    // What the form submits without JavaScript: every field, "Any" as empty.
    expect(path("year=2018&status=&vector=&exchange=&tag=&target=&chain=&actor=&minLoss=&sort=date")).toBe("/incidents/year/2018");
  });
  it("sends a bare page number to the archive page, which 404s past the end", () => {
    expect(path("page=2")).toBe("/incidents/page/2");
    expect(path("page=9")).toBe("/incidents/page/9");
    expect(path("page=1")).toBe("/incidents");
    expect(path("year=&sort=date")).toBe("/incidents");
  });
  it("leaves what only the browser can show on /incidents", () => {
    expect(path("year=2018&sort=loss")).toBeUndefined();
    expect(path("year=2018&status=denied")).toBeUndefined();
    expect(path("tag=phishing")).toBeUndefined();
    expect(path("minLoss=50M")).toBeUndefined();
    expect(path("")).toBeUndefined();
    expect(path("utm_source=feed")).toBeUndefined();
  });
});

describe("search suggestions", () => {
  const vocabulary = searchVocabulary(["phishing", "two-factor", "hot-wallet", "Account takeover", "OKEx", "Resolved"]);
  it("suggests the close term from the archive's vocabulary", () => {
    expect(suggestSearchTerm("phising", vocabulary)).toBe("phishing");
    expect(suggestSearchTerm("Phising", vocabulary)).toBe("phishing");
    expect(suggestSearchTerm("okex phsihing", vocabulary)).toBe("okex phishing");
    expect(suggestSearchTerm("takeovr", vocabulary)).toBe("takeover");
  });
  it("suggests nothing for known or far-off words", () => {
    expect(suggestSearchTerm("phishing", vocabulary)).toBeUndefined();
    expect(suggestSearchTerm("zebra", vocabulary)).toBeUndefined();
    expect(suggestSearchTerm("", vocabulary)).toBeUndefined();
  });
});

describe("highlightTerms (search results read from the summary)", () => {
  it("marks the searched words from their start, case-insensitively", () => {
    expect(highlightTerms("OKEx users report stolen funds; okex denies", "okex")).toEqual([
      { text: "OKEx", highlighted: true },
      { text: " users report stolen funds; ", highlighted: false },
      { text: "okex", highlighted: true },
      { text: " denies", highlighted: false },
    ]);
    expect(highlightTerms("Hackers hacked it", "hack").filter((p) => p.highlighted).map((p) => p.text)).toEqual(["Hackers", "hacked"]);
    // Regular-expression characters in a query are text, not syntax.
    expect(highlightTerms("a (b) c", "(b").filter((p) => p.highlighted).map((p) => p.text)).toEqual(["(b"]);
  });
});
