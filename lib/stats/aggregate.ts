/**
 * Pure aggregations over incident records for /stats and the explorer's facets. Works on any record
 * with these fields (IncidentSummary or the open-data record), so the server and the browser compute
 * the same numbers. Loss totals themselves are lib/losses.
 */
import { summarizeLosses, type LossTotal } from "@/lib/losses";

export type StatsRecord = {
  date: string;
  incidentDate?: string | null;
  lossUsd?: number | null;
  attackVector: string;
  exchanges: readonly string[];
};

/** The year an incident belongs to: when it happened if known, else when we reported it. */
export function incidentYear(record: Pick<StatsRecord, "date" | "incidentDate">): string {
  return (record.incidentDate ?? record.date).slice(0, 4);
}

export type YearLoss = LossTotal & { year: string };

/** Every year from the first to the last incident, gaps included, oldest first. */
export function lossesByYear(records: readonly StatsRecord[]): YearLoss[] {
  const groups = new Map<string, StatsRecord[]>();
  for (const r of records) {
    const year = incidentYear(r);
    groups.set(year, [...(groups.get(year) ?? []), r]);
  }
  const years = [...groups.keys()].map(Number).sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const year = String(first + i);
    return { year, ...summarizeLosses(groups.get(year) ?? []) };
  });
}

export type VectorCount = { vector: string; count: number };

/** Most common first; ties by name so output is stable. */
export function incidentsByVector(records: readonly StatsRecord[]): VectorCount[] {
  const counts = new Map<string, VectorCount>();
  for (const r of records) {
    const entry = counts.get(r.attackVector) ?? { vector: r.attackVector, count: 0 };
    entry.count += 1;
    counts.set(r.attackVector, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.vector.localeCompare(b.vector));
}

export type ExchangeLoss = LossTotal & { exchange: string };

/** Per exchange; an incident naming two exchanges counts toward both. */
function lossesByExchange(records: readonly StatsRecord[]): ExchangeLoss[] {
  const groups = new Map<string, StatsRecord[]>();
  for (const r of records) for (const e of r.exchanges) groups.set(e, [...(groups.get(e) ?? []), r]);
  return [...groups.entries()]
    .map(([exchange, rs]) => ({ exchange, ...summarizeLosses(rs) }))
    .sort((a, b) => b.totalUsd - a.totalUsd || b.count - a.count || a.exchange.localeCompare(b.exchange));
}

export function topExchangesByLoss(records: readonly StatsRecord[], limit: number): ExchangeLoss[] {
  return lossesByExchange(records)
    .filter((e) => e.totalUsd > 0)
    .slice(0, limit);
}

const DISCLOSURE_BUCKETS = [
  { key: "same-day", label: "Same day", maxHours: 24 },
  { key: "1-2-days", label: "1–2 days", maxHours: 72 },
  { key: "3-7-days", label: "3–7 days", maxHours: 24 * 8 },
  { key: "8-30-days", label: "8–30 days", maxHours: 24 * 31 },
  { key: "1-6-months", label: "1–6 months", maxHours: 24 * 183 },
  { key: "over-6-months", label: "Over 6 months", maxHours: Number.POSITIVE_INFINITY },
] as const;

export type DelaySummary = {
  buckets: { key: string; label: string; count: number }[];
  /** Incidents with both dates, and the median delay in hours among them. */
  measured: number;
  medianHours?: number;
};

/** Buckets by how long the exchange took to say so publicly; whole-day delays fall by days. */
export function summarizeDisclosureDelays(hours: readonly number[]): DelaySummary {
  const buckets = DISCLOSURE_BUCKETS.map((b) => ({ key: b.key, label: b.label, count: 0 }));
  for (const h of hours) {
    const i = DISCLOSURE_BUCKETS.findIndex((b) => h < b.maxHours);
    const bucket = buckets[i === -1 ? buckets.length - 1 : i];
    if (bucket) bucket.count += 1;
  }
  const sorted = [...hours].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const medianHours = sorted.length === 0 ? undefined : sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { buckets, measured: hours.length, medianHours };
}

export type RecoveryRecord = { lossUsd?: number | null; frozenOrRecoveredUsd?: number | null; reimbursedUsd?: number | null };
export type RecoveryTotals = {
  stolen: LossTotal;
  frozen: { totalUsd: number; known: number };
  reimbursed: { totalUsd: number; known: number };
};

/** Stolen vs taken back from attackers vs paid back to customers: three different things, never summed together. */
export function summarizeRecovery(records: readonly RecoveryRecord[]): RecoveryTotals {
  const sumKnown = (pick: (r: RecoveryRecord) => number | null | undefined) => {
    let totalUsd = 0;
    let known = 0;
    for (const r of records) {
      const v = pick(r);
      if (v !== null && v !== undefined) {
        totalUsd += v;
        known += 1;
      }
    }
    return { totalUsd, known };
  };
  return { stolen: summarizeLosses(records), frozen: sumKnown((r) => r.frozenOrRecoveredUsd), reimbursed: sumKnown((r) => r.reimbursedUsd) };
}
