import { describe, expect, it } from "vitest";
import { aggregateIncidents } from "@/lib/rankings/aggregate";
import { describeUnknownLosses } from "@/lib/losses";
import {
  decayFactor,
  incidentPenalty,
  PRACTICES_MAX,
  SCORE_MAX,
  SCORE_WEIGHTS,
  scorePractice,
  securityScore,
  severityOf,
  type ScoredIncidentInput,
} from "@/lib/rankings/score";
import { assignRanks, sortRows } from "@/lib/rankings/sort";
import { applySort, headerHref, isSortedView, listSortedViews, securityTable, type SecurityRow } from "@/lib/rankings/tables";
import type { SecurityPractices } from "@/lib/rankings/types";

const fact = <V extends string>(value: V, asOf = "2025-01-01") => ({ value, asOf });
const allUnknown: SecurityPractices = {
  twoFactor: { value: "unknown" },
  proofOfReserves: { value: "unknown" },
  bugBounty: { value: "unknown" },
  protectionFund: { value: "unknown" },
  coldStorage: { value: "unknown" },
};
const allYes: SecurityPractices = {
  twoFactor: fact("mandatory"),
  proofOfReserves: { value: "yes", asOf: "2025-01-01", attestation: "independent" },
  bugBounty: fact("yes"),
  protectionFund: fact("yes"),
  coldStorage: fact("yes"),
};

describe("aggregateIncidents", () => {
  it("counts incidents, sums known losses and counts the unknown ones separately", () => {
    const result = aggregateIncidents([
      { slug: "a", date: "2017-08-28", lossUsd: 3_000_000 },
      { slug: "b", date: "2019-05-07" },
      { slug: "c", date: "2018-01-26", lossUsd: 530_000_000 },
      { slug: "d", date: "2016-01-01" },
    ]);
    expect(result).toEqual({ incidentCount: 4, knownLossUsd: 533_000_000, unknownLossCount: 2, lastIncidentDate: "2019-05-07" });
    expect(describeUnknownLosses(result.unknownLossCount)).toBe("2 incidents have no reported loss and are not included in the total");
  });

  it("treats a reported loss of $0 as known, not unknown", () => {
    const result = aggregateIncidents([{ slug: "a", date: "2020-01-01", lossUsd: 0 }]);
    expect(result.unknownLossCount).toBe(0);
    expect(describeUnknownLosses(result.unknownLossCount)).toBeUndefined();
  });

  it("says so in the singular when one loss is unknown", () => {
    expect(describeUnknownLosses(aggregateIncidents([{ slug: "a", date: "2020-01-01" }]).unknownLossCount)).toBe(
      "1 incident has no reported loss and is not included in the total",
    );
  });

  it("has no last incident and zero totals for an exchange without incidents", () => {
    expect(aggregateIncidents([])).toEqual({ incidentCount: 0, knownLossUsd: 0, unknownLossCount: 0, lastIncidentDate: undefined });
  });
});

const TODAY = "2025-06-01";
const incident = (over: Partial<ScoredIncidentInput> = {}): ScoredIncidentInput => ({
  slug: "x",
  date: "2025-06-01",
  status: "confirmed",
  lossUsd: 10_000_000,
  ...over,
});

describe("securityScore v2", () => {
  it("gives 100 to an exchange with every practice, freshly checked, and no incidents", () => {
    const result = securityScore(allYes, [], TODAY);
    expect(result.score).toBe(SCORE_MAX);
    expect(SCORE_MAX).toBe(100);
    expect(PRACTICES_MAX).toBe(50);
  });

  it("does not rank an exchange whose practices are unknown (v1 scored it 50 and ranked it)", () => {
    const result = securityScore(allUnknown, [], TODAY);
    expect(result.enoughData).toBe(false);
    expect(result.score).toBeUndefined();
    expect(result.recordPoints).toBe(SCORE_WEIGHTS.recordMax);
  });

  it("scores practices over the known facts only, so unknown is never charged as no", () => {
    const knownBad = { ...allUnknown, twoFactor: fact("no"), bugBounty: fact("no"), coldStorage: fact("no") };
    const mixed = { ...allUnknown, twoFactor: fact("mandatory"), bugBounty: fact("yes"), coldStorage: fact("no") };
    expect(securityScore(knownBad, [], TODAY).practicesPoints).toBe(0);
    expect(securityScore(mixed, [], TODAY).practicesPoints).toBe(40);
  });

  it("tells self-published proof of reserves from an independent attestation", () => {
    const self = scorePractice("proofOfReserves", { value: "yes", asOf: "2025-01-01", attestation: "self" }, TODAY);
    const independent = scorePractice("proofOfReserves", { value: "yes", asOf: "2025-01-01", attestation: "independent" }, TODAY);
    const unstated = scorePractice("proofOfReserves", { value: "yes", asOf: "2025-01-01" }, TODAY);
    expect([self.points, independent.points, unstated.points]).toEqual([8, 15, 8]);
    expect(self.input).toBe("yes, self-published");
  });

  it("halves facts older than 24 months or undated, and marks them stale", () => {
    const fresh = scorePractice("bugBounty", { value: "yes", asOf: "2024-01-01" }, TODAY);
    const old = scorePractice("bugBounty", { value: "yes", asOf: "2016-01-01" }, TODAY);
    const undated = scorePractice("bugBounty", { value: "yes" }, TODAY);
    expect([fresh.points, fresh.stale]).toEqual([10, false]);
    expect([old.points, old.stale]).toEqual([5, true]);
    expect([undated.points, undated.stale]).toEqual([5, true]);
  });

  it("weighs a denied report far less than a confirmed theft (v1 charged 10 points for both)", () => {
    const denied = incidentPenalty(incident({ status: "denied" }), TODAY).points;
    const reported = incidentPenalty(incident({ status: "reported" }), TODAY).points;
    const confirmed = incidentPenalty(incident({ status: "confirmed" }), TODAY).points;
    expect(denied).toBeLessThan(reported);
    expect(reported).toBeLessThan(confirmed);
    expect(confirmed).toBe(6);
    expect(denied).toBe(1.5);
  });

  it("weighs an incident whose customers were made whole less than one where they lost everything", () => {
    const whole = incidentPenalty(incident({ customerOutcome: { result: "made-whole" } }), TODAY).points;
    const partial = incidentPenalty(incident({ customerOutcome: { result: "partial", share: 0.5 } }), TODAY).points;
    const none = incidentPenalty(incident({ customerOutcome: { result: "none" } }), TODAY).points;
    expect(whole).toBeLessThan(partial);
    expect(partial).toBeLessThan(none);
    expect(whole).toBeGreaterThan(0);
  });

  it("weighs account takeovers and data leaks less than wallet breaches", () => {
    const accounts = incidentPenalty(incident({ targetType: "user-accounts" }), TODAY).points;
    const wallet = incidentPenalty(incident({ targetType: "hot-wallet" }), TODAY).points;
    expect(accounts).toBeCloseTo(wallet * SCORE_WEIGHTS.customerSideTarget, 0);
  });

  it("decays with age: half after four years", () => {
    expect(decayFactor("2021-06-01", TODAY)).toBeCloseTo(0.5, 2);
    expect(decayFactor("2025-06-01", TODAY)).toBe(1);
    expect(incidentPenalty(incident({ date: "2017-06-01" }), TODAY).points).toBeLessThan(incidentPenalty(incident(), TODAY).points / 3);
  });

  it("scales losses without saturating: $1.5 billion costs far more than $34 million (v1: 16.7 vs 10.1)", () => {
    const big = severityOf(1_500_000_000);
    const small = severityOf(34_000_000);
    expect(big / small).toBeGreaterThan(2.5);
    expect(severityOf(15_000_000_000)).toBeGreaterThan(big * 2);
    expect(severityOf(undefined)).toBe(SCORE_WEIGHTS.incident.base);
  });

  it("adds up: practices + record, the record never below zero", () => {
    const result = securityScore(allYes, [incident({ lossUsd: 1e12 })], TODAY);
    expect(result.recordPoints).toBe(0);
    expect(result.score).toBe(50);
    const two = securityScore(allYes, [incident(), incident({ slug: "y", status: "denied" })], TODAY);
    expect(two.recordPoints).toBe(50 - 6 - 1.5);
    expect(two.score).toBe(two.practicesPoints + two.recordPoints);
  });
});

describe("sortRows", () => {
  const rows = [
    { name: "Charlie", v: 2 },
    { name: "Alpha", v: 1 },
    { name: "Delta", v: undefined },
    { name: "Bravo", v: 2 },
  ];
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

  it("sorts ascending with ties broken by name and unknown last", () => {
    expect(sortRows(rows, (r) => r.v, "asc", byName).map((r) => r.name)).toEqual(["Alpha", "Bravo", "Charlie", "Delta"]);
  });

  it("sorts descending with the same tie order and unknown still last", () => {
    expect(sortRows(rows, (r) => r.v, "desc", byName).map((r) => r.name)).toEqual(["Bravo", "Charlie", "Alpha", "Delta"]);
  });

  it("does not mutate its input", () => {
    const copy = [...rows];
    sortRows(rows, (r) => r.v, "asc", byName);
    expect(rows).toEqual(copy);
  });

  it("shares ranks between equal rows", () => {
    expect(assignRanks([5, 3, 3, 1], (a, b) => a === b)).toEqual([1, 2, 2, 4]);
  });
});

describe("rankings tables", () => {
  const row = (name: string, knownLossUsd: number, twoFactor: SecurityPractices["twoFactor"]["value"] = "unknown"): SecurityRow => ({
    rank: 1,
    group: "ranked",
    slug: name.toLowerCase(),
    name,
    score: 50,
    incidentCount: 0,
    knownLossUsd,
    unknownLossCount: 0,
    practices: { ...allUnknown, twoFactor: { value: twoFactor } },
    checkedAt: "2025-01-01",
    staleFacts: 0,
    knownPractices: 3,
    status: "active",
  });

  it("sorts the security table by total losses both ways with A–Z tie-breaks", () => {
    const rows = [row("Okex", 3e6), row("Bybit", 1.5e9), row("Kraken", 0), row("Coinbase", 0)];
    expect(applySort(securityTable, rows, { column: "total-losses", direction: "asc" }).map((r) => r.name)).toEqual([
      "Coinbase",
      "Kraken",
      "Okex",
      "Bybit",
    ]);
    expect(applySort(securityTable, rows, { column: "total-losses", direction: "desc" }).map((r) => r.name)).toEqual([
      "Bybit",
      "Okex",
      "Coinbase",
      "Kraken",
    ]);
  });

  it("sorts 2FA mandatory > offered > no, with unknown last", () => {
    const rows = [row("A", 0, "unknown"), row("B", 0, "offered"), row("C", 0, "mandatory"), row("D", 0, "no")];
    expect(applySort(securityTable, rows, { column: "2fa", direction: "desc" }).map((r) => r.name)).toEqual(["C", "B", "D", "A"]);
  });

  it("rejects a column that cannot be sorted", () => {
    expect(() => applySort(securityTable, [], { column: "nope", direction: "asc" })).toThrow(/cannot be sorted by "nope"/);
  });

  it("prerenders both directions of every sortable column and nothing else", () => {
    const views = listSortedViews();
    expect(views).toContainEqual({ table: "security", column: "total-losses", direction: "asc" });
    expect(views).toContainEqual({ table: "security", column: "total-losses", direction: "desc" });
    expect(isSortedView("market", "source", "asc")).toBe(false);
    expect(isSortedView("security", "score", "up")).toBe(false);
    expect(new Set(views.map((v) => `${v.table}/${v.column}/${v.direction}`)).size).toBe(views.length);
  });

  it("header links sort ascending first and flip the active column", () => {
    expect(headerHref("security", "total-losses", { column: "rank", direction: "asc" })).toBe("/rankings/security/total-losses/asc#security");
    expect(headerHref("security", "total-losses", { column: "total-losses", direction: "asc" })).toBe(
      "/rankings/security/total-losses/desc#security",
    );
    expect(headerHref("security", "total-losses", { column: "total-losses", direction: "desc" })).toBe(
      "/rankings/security/total-losses/asc#security",
    );
  });
});
