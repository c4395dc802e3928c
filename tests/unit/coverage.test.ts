import { describe, expect, it } from "vitest";
import { buildCoverage, formatCoverage } from "@/lib/content/pipeline";

describe("coverage report", () => {
  const incidents = [
    { slug: "okex-2017", incidentDate: "2017-08-28", exchanges: ["okex", "okcoin"], sources: [{ publisher: "Cointelegraph" }, { publisher: "CCN" }], draft: false },
    { slug: "wire-2020", date: "2020-05-01", exchanges: ["acme"], sources: [{ publisher: "Reuters" }, { publisher: "reuters" }], draft: false },
    { slug: "draft-2021", date: "2021-01-01", exchanges: ["ghost"], sources: [{ publisher: "X" }], draft: true },
  ];
  const exchanges = [
    { slug: "okex", successor: "okx", facts: [] },
    { slug: "okcoin", successor: "okx", facts: [] },
    { slug: "okx", facts: [{ key: "proofOfReserves", value: "yes", asOf: "2023-07-26" }, { key: "twoFactor", value: "unknown" }] },
    { slug: "acme", facts: [{ key: "bugBounty", value: "yes" }] },
    { slug: "ghost", facts: [] },
  ];

  it("counts per year and exchange, flags single-publisher reports, silent exchanges and stale facts", () => {
    const c = buildCoverage(incidents, exchanges, "2026-12-03");
    expect(c.byYear).toEqual([{ year: "2017", count: 1 }, { year: "2020", count: 1 }]);
    expect(c.byExchange[0]).toEqual({ exchange: "acme", count: 1 });
    expect(c.singleSource).toEqual(["wire-2020"]);
    expect(c.noIncident).toEqual(["ghost"]);
    expect(c.onlyThroughPredecessors).toEqual(["okx"]);
    expect(c.staleFacts).toEqual([
      { exchange: "okx", fact: "proofOfReserves", asOf: "2023-07-26" },
      { exchange: "acme", fact: "bugBounty", asOf: undefined },
    ]);
    expect(formatCoverage(c)[0]).toBe("coverage: 2 published incidents, 2017–2020");
  });
});
