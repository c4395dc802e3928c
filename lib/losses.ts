/**
 * Reported losses: how they add up and how we word them. The one home for these rules, so the
 * stats page, the explorer's running total (in the browser), facet pages, rankings, exchange
 * profiles, open data and feeds can never disagree. Pure and client-safe: no content access.
 *
 * The rule everywhere: an unknown loss is counted as unknown, never as $0, and a total is never
 * presented as complete when some losses are unknown.
 */
import { formatUsd } from "@/lib/format";

/** Any record with a reported loss: IncidentSummary, the open-data record, an exchange's incident fact. */
export type LossRecord = { lossUsd?: number | null };

export type LossTotal = {
  /** Sum of the known losses; incidents with an unknown loss add nothing here. */
  totalUsd: number;
  count: number;
  /** How many incidents have no reported loss. */
  unknownCount: number;
};

export function summarizeLosses(records: readonly LossRecord[]): LossTotal {
  let totalUsd = 0;
  let unknownCount = 0;
  for (const r of records) {
    if (r.lossUsd === null || r.lossUsd === undefined) unknownCount += 1;
    else totalUsd += r.lossUsd;
  }
  return { totalUsd, count: records.length, unknownCount };
}

/** "$3,000,000 reported lost across 4 incidents; 1 with unknown loss, not counted." */
export function describeLossTotal(total: LossTotal): string {
  const incidents = `${String(total.count)} ${total.count === 1 ? "incident" : "incidents"}`;
  const unknown = total.unknownCount === 0 ? "every loss is known" : `${String(total.unknownCount)} with unknown loss, not counted`;
  return `${formatUsd(total.totalUsd)} reported lost across ${incidents}; ${unknown}.`;
}

const LEFT_OUT_OF = {
  total: { one: "is not included in the total", many: "are not included in the total" },
  ranking: { one: "cannot be ranked", many: "cannot be ranked" },
} as const;

/**
 * "2 incidents have no reported loss and are not included in the total" (or "... and cannot be
 * ranked", for a table ordered by loss); nothing when every loss is known.
 */
export function describeUnknownLosses(unknownCount: number, leftOutOf: keyof typeof LEFT_OUT_OF = "total"): string | undefined {
  if (unknownCount === 0) return undefined;
  const words = LEFT_OUT_OF[leftOutOf];
  return unknownCount === 1 ? `1 incident has no reported loss and ${words.one}` : `${String(unknownCount)} incidents have no reported loss and ${words.many}`;
}

type ReportedLoss = { lossUsd?: number; lossUsdLow?: number; lossUsdHigh?: number };

/** The lowest and highest figures when sources disagree; undefined when they agree or the loss is unknown. */
export function reportedLossRange(incident: ReportedLoss): { low: number; high: number } | undefined {
  if (incident.lossUsd === undefined) return undefined;
  if (incident.lossUsdLow === undefined && incident.lossUsdHigh === undefined) return undefined;
  return { low: incident.lossUsdLow ?? incident.lossUsd, high: incident.lossUsdHigh ?? incident.lossUsd };
}

/** "$3,000,000", with the range when sources disagree, or "Loss unknown" (never $0). */
export function describeReportedLoss(incident: ReportedLoss): string {
  if (incident.lossUsd === undefined) return "Loss unknown";
  const exact = formatUsd(incident.lossUsd);
  const range = reportedLossRange(incident);
  return range ? `${exact} (sources range from ${formatUsd(range.low)} to ${formatUsd(range.high)})` : exact;
}
