/**
 * Statistics and explorer choices built from content: feeds the published incidents from the
 * content query door to the pure rules in ./aggregate and ./explorer and returns what /stats, the
 * explorer and search render. Pages call these; they do no shaping themselves.
 */
import { getExchangeNames, listFacetValues, listIncidents, type FacetValue } from "@/lib/content";
import { ATTACK_VECTOR_LABELS, INCIDENT_STATUSES, STATUS_INFO, type AttackVector } from "@/lib/content/model";
import {
  incidentsByVector,
  lossesByYear,
  summarizeDisclosureDelays,
  summarizeRecovery,
  topExchangesByLoss,
} from "./aggregate";
import { summarizeLosses, type LossTotal } from "@/lib/losses";
import { actorSlug, type ExplorerChoices } from "./explorer";

export function getIncidentLossTotal(): LossTotal {
  return summarizeLosses(listIncidents());
}

export function getExplorerChoices(): ExplorerChoices {
  const all = listIncidents();
  const names = getExchangeNames();
  const exchanges = [...new Set(all.flatMap((i) => i.exchanges))];
  const exchangeNames = Object.fromEntries(exchanges.map((slug) => [slug, names.get(slug) ?? slug]));
  const vectors = listFacetValues("vector").map((v) => v.value);
  const byLabel = (a: FacetValue, b: FacetValue) => a.label.localeCompare(b.label);
  const chains = listFacetValues("chain").sort(byLabel);
  const targets = listFacetValues("target").sort(byLabel);
  const actors = listFacetValues("actor").sort(byLabel);
  return {
    years: listFacetValues("year").map((v) => v.value),
    statuses: listFacetValues("status").map((v) => v.value),
    vectors,
    exchanges: exchanges.sort((a, b) => (exchangeNames[a] ?? a).localeCompare(exchangeNames[b] ?? b)),
    tags: [...new Set(all.flatMap((i) => i.tags))].sort(),
    chains: chains.map((c) => c.value),
    targets: targets.map((t) => t.value),
    actors: actors.map((a) => a.value),
    labels: {
      vectors: Object.fromEntries(vectors.map((v) => [v, ATTACK_VECTOR_LABELS[v as AttackVector]])),
      exchanges: exchangeNames,
      statuses: Object.fromEntries(INCIDENT_STATUSES.map((s) => [s, STATUS_INFO[s].label])),
      chains: Object.fromEntries(chains.map((c) => [c.value, c.label])),
      targets: Object.fromEntries(targets.map((t) => [t.value, t.label])),
      actors: Object.fromEntries(actors.map((a) => [a.value, a.label])),
    },
  };
}

export type ChartDatum = { key: string; label: string; value: number; display?: string; note?: string };
export type IncidentStats = {
  total: LossTotal;
  lossesByYear: (ChartDatum & { count: number; unknownCount: number })[];
  incidentsByVector: ChartDatum[];
  topExchanges: (ChartDatum & { count: number; unknownCount: number })[];
  incidentsByTarget: ChartDatum[];
  incidentsByChain: ChartDatum[];
  attributions: (ChartDatum & { official: number; analyst: number })[];
  disclosureDelays: ChartDatum[];
  disclosure: { measured: number; medianHours?: number };
  recovery: (ChartDatum & { known: number })[];
};

export function getIncidentStats(topExchangeCount = 10): IncidentStats {
  const all = listIncidents();
  const delays = summarizeDisclosureDelays(all.flatMap((i) => (i.disclosureDelay ? [i.disclosureDelay.hours] : [])));
  const recovery = summarizeRecovery(all);
  const names = getExchangeNames();
  return {
    total: summarizeLosses(all),
    lossesByYear: lossesByYear(all).map((y) => ({ key: y.year, label: y.year, value: y.totalUsd, count: y.count, unknownCount: y.unknownCount })),
    incidentsByVector: incidentsByVector(all).map((v) => ({ key: v.vector, label: ATTACK_VECTOR_LABELS[v.vector as AttackVector], value: v.count })),
    topExchanges: topExchangesByLoss(all, topExchangeCount).map((e) => ({
      key: e.exchange,
      label: names.get(e.exchange) ?? e.exchange,
      value: e.totalUsd,
      count: e.count,
      unknownCount: e.unknownCount,
    })),
    incidentsByTarget: listFacetValues("target").map((v) => ({ key: v.value, label: v.label, value: v.count })),
    incidentsByChain: listFacetValues("chain")
      .slice(0, 12)
      .map((v) => ({ key: v.value, label: v.label, value: v.count })),
    attributions: listFacetValues("actor")
      .slice(0, 12)
      .map((v) => {
        // Per incident: official when any government, court or regulator named the actor; analyst otherwise.
        const official = all.filter((i) => i.attribution.some((a) => actorSlug(a.actor) === v.value && a.kind === "official")).length;
        return { key: v.value, label: v.label, value: v.count, official, analyst: v.count - official };
      }),
    disclosureDelays: delays.buckets.map((b) => ({ key: b.key, label: b.label, value: b.count })),
    disclosure: { measured: delays.measured, medianHours: delays.medianHours },
    recovery: [
      { key: "stolen", label: "Stolen (reported)", value: recovery.stolen.totalUsd, known: recovery.stolen.count - recovery.stolen.unknownCount },
      { key: "frozen", label: "Frozen or recovered", value: recovery.frozen.totalUsd, known: recovery.frozen.known },
      { key: "reimbursed", label: "Reimbursed to customers", value: recovery.reimbursed.totalUsd, known: recovery.reimbursed.known },
    ],
  };
}
