import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeLossTotal, describeReportedLoss, describeUnknownLosses, reportedLossRange, summarizeLosses } from "@/lib/losses";
import { aggregateIncidents } from "@/lib/rankings/aggregate";

const ROOT = join(__dirname, "..", "..");

describe("one loss total for every page", () => {
  const records = [{ lossUsd: 100 }, { lossUsd: null }, {}, { lossUsd: 0 }, { lossUsd: 50 }];

  it("adds the known losses and counts unknown ones (null or missing), never as $0", () => {
    expect(summarizeLosses(records)).toEqual({ totalUsd: 150, count: 5, unknownCount: 2 });
  });

  it("gives the rankings the same numbers as /stats and the explorer", () => {
    const incidents = [
      { slug: "a", date: "2020-01-01", lossUsd: 100 },
      { slug: "b", date: "2021-01-01" },
      { slug: "c", date: "2019-01-01", lossUsd: 50 },
    ];
    const total = summarizeLosses(incidents);
    expect(aggregateIncidents(incidents)).toEqual({
      incidentCount: total.count,
      knownLossUsd: total.totalUsd,
      unknownLossCount: total.unknownCount,
      lastIncidentDate: "2021-01-01",
    });
  });

  it("words a total, saying how many losses it leaves out", () => {
    expect(describeLossTotal({ totalUsd: 3_000_000, count: 1, unknownCount: 0 })).toBe("$3,000,000 reported lost across 1 incident; every loss is known.");
    expect(describeLossTotal({ totalUsd: 150, count: 5, unknownCount: 2 })).toBe("$150 reported lost across 5 incidents; 2 with unknown loss, not counted.");
  });

  it("words unknown losses for a total and for a table ranked by loss", () => {
    expect(describeUnknownLosses(0)).toBeUndefined();
    expect(describeUnknownLosses(1)).toBe("1 incident has no reported loss and is not included in the total");
    expect(describeUnknownLosses(3)).toBe("3 incidents have no reported loss and are not included in the total");
    expect(describeUnknownLosses(1, "ranking")).toBe("1 incident has no reported loss and cannot be ranked");
    expect(describeUnknownLosses(4, "ranking")).toBe("4 incidents have no reported loss and cannot be ranked");
  });

  it("shows a range only where sources disagree, and never one for an unknown loss", () => {
    expect(reportedLossRange({ lossUsd: 100 })).toBeUndefined();
    expect(reportedLossRange({})).toBeUndefined();
    expect(reportedLossRange({ lossUsd: 100, lossUsdLow: 90 })).toEqual({ low: 90, high: 100 });
    expect(describeReportedLoss({ lossUsd: 100, lossUsdLow: 90, lossUsdHigh: 120 })).toBe("$100 (sources range from $90 to $120)");
    expect(describeReportedLoss({})).toBe("Loss unknown");
  });

  it("has no second copy left", () => {
    expect(existsSync(join(ROOT, "lib/format/loss-total.ts"))).toBe(false);
    expect(readFileSync(join(ROOT, "lib/stats/aggregate.ts"), "utf8")).not.toMatch(/export function summarizeLosses/);
    expect(readFileSync(join(ROOT, "lib/rankings/aggregate.ts"), "utf8")).not.toMatch(/knownLossUsd \+=/);
    expect(readFileSync(join(ROOT, "lib/feeds/build.ts"), "utf8")).not.toMatch(/function describeReportedLoss/);
  });
});
