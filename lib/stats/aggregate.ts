/**
 * Pure aggregations over incident records, shared by /stats, the explorer's running total,
 * facet pages and exchanges.json. Works on any record with these fields (IncidentSummary or the
 * open-data record), so the server and the browser compute the same numbers.
 */
export type LossRecord = {
  date: string;
  incidentDate?: string | null;
  lossUsd?: number | null;
  attackVector: string;
  exchanges: readonly string[];
};

/** The year an incident belongs to: when it happened if known, else when we reported it. */
export function incidentYear(record: Pick<LossRecord, "date" | "incidentDate">): string {
  return (record.incidentDate ?? record.date).slice(0, 4);
}

export type LossTotal = { totalUsd: number; count: number; unknownCount: number };

/** Unknown losses are counted, never treated as $0. */
export function summarizeLosses(records: readonly Pick<LossRecord, "lossUsd">[]): LossTotal {
  let totalUsd = 0;
  let unknownCount = 0;
  for (const r of records) {
    if (r.lossUsd === null || r.lossUsd === undefined) unknownCount += 1;
    else totalUsd += r.lossUsd;
  }
  return { totalUsd, count: records.length, unknownCount };
}

export type YearLoss = LossTotal & { year: string };

/** Every year from the first to the last incident, gaps included, oldest first. */
export function lossesByYear(records: readonly LossRecord[]): YearLoss[] {
  const groups = new Map<string, LossRecord[]>();
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

export type VectorCount = { vector: string; count: number; totalUsd: number };

/** Most common first; ties by name so output is stable. */
export function incidentsByVector(records: readonly LossRecord[]): VectorCount[] {
  const counts = new Map<string, VectorCount>();
  for (const r of records) {
    const entry = counts.get(r.attackVector) ?? { vector: r.attackVector, count: 0, totalUsd: 0 };
    entry.count += 1;
    entry.totalUsd += r.lossUsd ?? 0;
    counts.set(r.attackVector, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.vector.localeCompare(b.vector));
}

export type ExchangeLoss = LossTotal & { exchange: string };

/** Per exchange; an incident naming two exchanges counts toward both. */
export function lossesByExchange(records: readonly LossRecord[]): ExchangeLoss[] {
  const groups = new Map<string, LossRecord[]>();
  for (const r of records) for (const e of r.exchanges) groups.set(e, [...(groups.get(e) ?? []), r]);
  return [...groups.entries()]
    .map(([exchange, rs]) => ({ exchange, ...summarizeLosses(rs) }))
    .sort((a, b) => b.totalUsd - a.totalUsd || b.count - a.count || a.exchange.localeCompare(b.exchange));
}

export function topExchangesByLoss(records: readonly LossRecord[], limit: number): ExchangeLoss[] {
  return lossesByExchange(records)
    .filter((e) => e.totalUsd > 0)
    .slice(0, limit);
}
