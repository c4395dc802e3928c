import { describe, expect, it } from "vitest";
import { aggregateIncidents, describeUnknownLosses } from "@/lib/rankings/aggregate";
import { lossPenalty, PRACTICES_MAX, SCORE_MAX, SCORE_WEIGHTS, securityScore } from "@/lib/rankings/score";
import { assignRanks, sortRows } from "@/lib/rankings/sort";
import { applySort, headerHref, isSortedView, listSortedViews, securityTable, type SecurityRow } from "@/lib/rankings/tables";
import type { SecurityPractices } from "@/lib/rankings/types";

const allUnknown: SecurityPractices = {
  twoFactor: "unknown",
  proofOfReserves: "unknown",
  bugBounty: "unknown",
  protectionFund: "unknown",
  coldStorage: "unknown",
};
const allYes: SecurityPractices = {
  twoFactor: "mandatory",
  proofOfReserves: "yes",
  bugBounty: "yes",
  protectionFund: "yes",
  coldStorage: "yes",
};
const clean = { incidentCount: 0, knownLossUsd: 0, unknownLossCount: 0 };

describe("aggregateIncidents", () => {
  it("counts incidents, sums known losses and counts the unknown ones separately", () => {
    const result = aggregateIncidents([
      { slug: "a", date: "2017-08-28", lossUsd: 3_000_000 },
      { slug: "b", date: "2019-05-07" },
      { slug: "c", date: "2018-01-26", lossUsd: 530_000_000 },
      { slug: "d", date: "2016-01-01" },
    ]);
    expect(result).toEqual({ incidentCount: 4, knownLossUsd: 533_000_000, unknownLossCount: 2, lastIncidentDate: "2019-05-07" });
    expect(describeUnknownLosses(result)).toBe("2 incidents have no reported loss and are not included in the total");
  });

  it("treats a reported loss of $0 as known, not unknown", () => {
    const result = aggregateIncidents([{ slug: "a", date: "2020-01-01", lossUsd: 0 }]);
    expect(result.unknownLossCount).toBe(0);
    expect(describeUnknownLosses(result)).toBeUndefined();
  });

  it("says so in the singular when one loss is unknown", () => {
    expect(describeUnknownLosses(aggregateIncidents([{ slug: "a", date: "2020-01-01" }]))).toBe(
      "1 incident has no reported loss and is not included in the total",
    );
  });

  it("has no last incident and zero totals for an exchange without incidents", () => {
    expect(aggregateIncidents([])).toEqual({ incidentCount: 0, knownLossUsd: 0, unknownLossCount: 0, lastIncidentDate: undefined });
  });
});

describe("securityScore", () => {
  it("gives the full score to every practice and no incidents", () => {
    expect(securityScore(allYes, clean).score).toBe(SCORE_MAX);
    expect(SCORE_MAX).toBe(100);
    expect(PRACTICES_MAX).toBe(50);
  });

  it("gives unknown practices no points (we do not credit what we cannot verify)", () => {
    const result = securityScore(allUnknown, clean);
    expect(result.score).toBe(SCORE_WEIGHTS.recordMax);
    expect(result.components.slice(0, 5).every((c) => c.points === 0 && c.input === "unknown")).toBe(true);
  });

  it("scores offered 2FA at half of mandatory", () => {
    expect(securityScore({ ...allUnknown, twoFactor: "offered" }, clean).score).toBe(55);
  });

  it("takes 10 points per incident, at most 30", () => {
    expect(securityScore(allUnknown, { ...clean, incidentCount: 1 }).score).toBe(40);
    expect(securityScore(allUnknown, { ...clean, incidentCount: 5 }).score).toBe(20);
  });

  it("takes 4 points per tenfold loss above $100,000, at most 20", () => {
    expect(lossPenalty(100_000)).toBe(0);
    expect(lossPenalty(1_000_000)).toBe(4);
    expect(lossPenalty(100_000_000)).toBe(12);
    expect(lossPenalty(3_000_000)).toBe(5.9);
    expect(lossPenalty(1e12)).toBe(20);
  });

  it("ignores unknown losses in the loss penalty but names them in the breakdown", () => {
    const result = securityScore(allUnknown, { incidentCount: 2, knownLossUsd: 1_000_000, unknownLossCount: 1 });
    expect(result.score).toBe(50 - 20 - 4);
    const losses = result.components.find((c) => c.key === "losses");
    expect(losses?.input).toBe("$1,000,000 known (1 loss unknown, not counted)");
  });

  it("adds up: the components explain the score exactly", () => {
    const record = { incidentCount: 1, knownLossUsd: 3_000_000, unknownLossCount: 0 };
    const result = securityScore({ ...allUnknown, twoFactor: "offered" }, record);
    const sum = SCORE_WEIGHTS.recordMax + result.components.reduce((s, c) => s + c.points, 0);
    expect(result.score).toBeCloseTo(sum, 5);
    expect(result.score).toBe(39.1);
  });

  it("never goes below zero", () => {
    expect(securityScore(allUnknown, { incidentCount: 9, knownLossUsd: 1e13, unknownLossCount: 0 }).score).toBe(0);
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
  const row = (name: string, knownLossUsd: number, twoFactor: SecurityPractices["twoFactor"] = "unknown"): SecurityRow => ({
    rank: 1,
    slug: name.toLowerCase(),
    name,
    score: 50,
    incidentCount: 0,
    knownLossUsd,
    unknownLossCount: 0,
    practices: { ...allUnknown, twoFactor },
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
