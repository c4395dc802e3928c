/**
 * The ranking of a few fixture exchanges, end to end through the pure pieces the site uses:
 * lineage credit (lib/content/model/lineage.ts), the v2 score and the grouping. Each expectation would
 * have failed under the v1 score (renamed exchanges kept no history, unknown facts ranked as 50).
 */
import { describe, expect, it } from "vitest";
import { creditedExchanges, lineageOf, type LineageNode } from "@/lib/content/model";
import { aggregateIncidents } from "@/lib/rankings/aggregate";
import { groupOf, rankSecurityRows } from "@/lib/rankings/rank";
import { securityScore, type ScoredIncidentInput } from "@/lib/rankings/score";
import type { SecurityRow } from "@/lib/rankings/tables";
import type { SecurityPractices } from "@/lib/rankings/types";

const TODAY = "2026-12-01";
const known = (over: Partial<SecurityPractices> = {}): SecurityPractices => ({
  twoFactor: { value: "offered", asOf: "2026-01-01" },
  proofOfReserves: { value: "yes", asOf: "2026-01-01", attestation: "self" },
  bugBounty: { value: "yes", asOf: "2026-01-01" },
  protectionFund: { value: "unknown" },
  coldStorage: { value: "unknown" },
  ...over,
});
const unknown: SecurityPractices = {
  twoFactor: { value: "unknown" },
  proofOfReserves: { value: "unknown" },
  bugBounty: { value: "unknown" },
  protectionFund: { value: "unknown" },
  coldStorage: { value: "unknown" },
};

type FixtureExchange = LineageNode & { name: string; status: SecurityRow["status"]; practices: SecurityPractices };
const EXCHANGES: FixtureExchange[] = [
  { slug: "okx", name: "OKX", status: "active", practices: known() },
  { slug: "okex", name: "OKEx", status: "renamed", successor: "okx", practices: unknown },
  { slug: "okcoin", name: "OKCoin", status: "merged", successor: "okx", practices: unknown },
  { slug: "clean", name: "Clean Exchange", status: "active", practices: known() },
  { slug: "mystery", name: "Mystery Exchange", status: "active", practices: unknown },
  { slug: "nopractice", name: "Known Bad", status: "active", practices: known({ twoFactor: { value: "no", asOf: "2026-01-01" }, proofOfReserves: { value: "no", asOf: "2026-01-01" }, bugBounty: { value: "no", asOf: "2026-01-01" } }) },
  { slug: "gone", name: "Gone Exchange", status: "collapsed", practices: known() },
];
const INCIDENTS: (ScoredIncidentInput & { exchanges: string[] })[] = [
  { slug: "okex-2017", date: "2017-08-28", status: "denied", lossUsd: 3_000_000, exchanges: ["okex", "okcoin"] },
  { slug: "gone-2019", date: "2019-01-01", status: "confirmed", lossUsd: 50_000_000, exchanges: ["gone"] },
];

function rows(): SecurityRow[] {
  const bySlug = new Map(EXCHANGES.map((e) => [e.slug, e]));
  const credited = new Map<string, ScoredIncidentInput[]>();
  for (const incident of INCIDENTS) {
    for (const [slug, credit] of creditedExchanges(incident.exchanges, bySlug)) {
      credited.set(slug, [...(credited.get(slug) ?? []), { ...incident, asName: credit.as && bySlug.get(credit.as)?.name }]);
    }
  }
  return rankSecurityRows(
    EXCHANGES.map((e) => {
      const incidents = credited.get(e.slug) ?? [];
      const score = securityScore(e.practices, incidents, TODAY);
      const aggregate = aggregateIncidents(incidents);
      return {
        group: groupOf(e.status, score),
        slug: e.slug,
        name: e.name,
        score: score.score,
        ...aggregate,
        practices: e.practices,
        checkedAt: "2026-11-01",
        staleFacts: score.staleFacts,
        knownPractices: score.knownPractices,
        status: e.status,
      };
    }),
  );
}

describe("ranking fixture exchanges", () => {
  it("a renamed exchange's incident counts for its successor, once, under the old name", () => {
    const okx = rows().find((r) => r.slug === "okx");
    expect(okx?.incidentCount).toBe(1);
    expect(okx?.lastIncidentDate).toBe("2017-08-28");
    expect(creditedExchanges(["okex", "okcoin"], new Map(EXCHANGES.map((e) => [e.slug, e])))).toEqual(
      new Map([["okex", {}], ["okcoin", {}], ["okx", { as: "okex" }]]),
    );
    expect(lineageOf("okx", EXCHANGES)).toEqual(["okx", "okex", "okcoin"]);
  });

  it("the successor ranks below an identical exchange with a clean record", () => {
    const ranked = rows().filter((r) => r.group === "ranked");
    expect(ranked.map((r) => r.slug).indexOf("clean")).toBeLessThan(ranked.map((r) => r.slug).indexOf("okx"));
    expect(ranked.find((r) => r.slug === "okx")?.rank).toBe(2);
  });

  it("an exchange whose facts are unknown is not ranked, and never below one with known bad practice", () => {
    const all = rows();
    const mystery = all.find((r) => r.slug === "mystery");
    const bad = all.find((r) => r.slug === "nopractice");
    expect(mystery?.group).toBe("unrated");
    expect(mystery?.rank).toBeUndefined();
    expect(mystery?.score).toBeUndefined();
    expect(bad?.group).toBe("ranked");
    expect(all.indexOf(mystery as SecurityRow)).toBeGreaterThan(all.indexOf(bad as SecurityRow));
  });

  it("collapsed and renamed exchanges get their own group, unranked", () => {
    const closed = rows().filter((r) => r.group === "closed");
    expect(closed.map((r) => r.slug)).toEqual(["gone", "okcoin", "okex"]);
    expect(closed.every((r) => r.rank === undefined)).toBe(true);
  });
});
