/**
 * Queries behind reader discovery: explorer facets, statistics and open data. The arithmetic
 * lives in lib/stats and lib/opendata (pure); this file only feeds them published content.
 */
import { absoluteUrl } from "@/lib/env";
import {
  incidentsByVector,
  incidentYear,
  lossesByYear,
  summarizeDisclosureDelays,
  summarizeRecovery,
  topExchangesByLoss,
} from "@/lib/stats/aggregate";
import { summarizeLosses, type LossTotal } from "@/lib/losses";
import { countPages, pageOf } from "@/lib/pagination";
import { actorSlug, NORTH_KOREA_FACET, filterAndSort, EMPTY_QUERY, type ExplorerLabels, type ExplorerOptions, type ExplorerQuery } from "@/lib/stats/explorer";
import { exchangesFile, incidentsFile, incidentsToCsv, toOpenDataIncident } from "@/lib/opendata/build";
import type { OpenDataExchangesFile, OpenDataIncident, OpenDataIncidentsFile } from "@/lib/opendata/schema";
import { ATTACK_VECTOR_LABELS, CHAIN_LABELS, STATUS_INFO, TARGET_TYPE_LABELS } from "./labels";
import { INCIDENT_STATUSES } from "./model";
import { allExchangeDocs, exchangeIndex, publishedDocs, toSummary } from "./store";
import { listIncidentFactsByExchange } from "./exchanges";
import type { AttackVector, Chain, IncidentStatus, IncidentSummary, Page, TargetType } from "./types";

export const FACETS = ["year", "status", "vector", "chain", "target", "actor"] as const;
export type Facet = (typeof FACETS)[number];

export type FacetValue = { value: string; label: string; count: number };
export type LabelledOption = { value: string; label: string };

/** Filter choices and their display labels, for the explorer's controls (no incidents inside). */
export type ExplorerChoices = ExplorerOptions & { labels: ExplorerLabels };

// Computed once per process: every facet page asked for all summaries several times, which made
// the 10,000-incident build spend ~200 ms per facet page re-deriving the same list.
let summaryCache: readonly IncidentSummary[] | undefined;
function summaries(): readonly IncidentSummary[] {
  summaryCache ??= publishedDocs().map(toSummary);
  return summaryCache;
}

/** The values an incident files under; chains and attributed actors can be several. */
function facetKeys(facet: Facet, incident: IncidentSummary): string[] {
  if (facet === "year") return [incidentYear(incident)];
  if (facet === "status") return [incident.status];
  if (facet === "vector") return [incident.attackVector];
  if (facet === "chain") return incident.chains;
  if (facet === "target") return incident.targetType ? [incident.targetType] : [];
  return [...new Set(incident.attribution.map((a) => actorSlug(a.actor)))];
}

let actorNames: Map<string, string> | undefined;
/** The first spelling of each actor in the archive names its facet. */
function actorName(slug: string): string {
  if (!actorNames) {
    actorNames = new Map();
    actorNames.set(NORTH_KOREA_FACET.slug, NORTH_KOREA_FACET.label);
    for (const i of summaries()) for (const a of i.attribution) if (!actorNames.has(actorSlug(a.actor))) actorNames.set(actorSlug(a.actor), a.actor);
  }
  return actorNames.get(slug) ?? slug;
}

function facetLabel(facet: Facet, value: string): string {
  if (facet === "status") return STATUS_INFO[value as IncidentStatus].label;
  if (facet === "vector") return ATTACK_VECTOR_LABELS[value as AttackVector];
  if (facet === "chain") return CHAIN_LABELS[value as Chain];
  if (facet === "target") return TARGET_TYPE_LABELS[value as TargetType];
  if (facet === "actor") return actorName(value);
  return value;
}

/** Values with at least one published incident: years newest first, statuses in editorial order, vectors by count. */
const facetValuesCache = new Map<Facet, FacetValue[]>();

export function listFacetValues(facet: Facet): FacetValue[] {
  const cached = facetValuesCache.get(facet);
  if (cached) return [...cached];
  const values = computeFacetValues(facet);
  facetValuesCache.set(facet, values);
  return [...values];
}

function computeFacetValues(facet: Facet): FacetValue[] {
  const counts = new Map<string, number>();
  for (const incident of summaries()) {
    for (const key of facetKeys(facet, incident)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const values = [...counts.entries()].map(([value, count]) => ({ value, label: facetLabel(facet, value), count }));
  if (facet === "year") return values.sort((a, b) => b.value.localeCompare(a.value));
  if (facet === "status") return values.sort((a, b) => INCIDENT_STATUSES.indexOf(a.value as IncidentStatus) - INCIDENT_STATUSES.indexOf(b.value as IncidentStatus));
  return values.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function getFacetLabel(facet: Facet, value: string): string | undefined {
  return listFacetValues(facet).find((v) => v.value === value)?.label;
}

function facetQuery(facet: Facet, value: string): ExplorerQuery {
  return { ...EMPTY_QUERY, [facet]: value };
}

export type FacetPage = Page<IncidentSummary> & { total: LossTotal };

const facetMatchCache = new Map<string, { matches: IncidentSummary[]; total: LossTotal }>();

/** One facet value's incidents and loss total, derived once and shared by all of its pages. */
function facetMatches(facet: Facet, value: string): { matches: IncidentSummary[]; total: LossTotal } {
  const key = `${facet}\u0000${value}`;
  let entry = facetMatchCache.get(key);
  if (!entry) {
    const matches = filterAndSort(summaries(), facetQuery(facet, value));
    entry = { matches, total: summarizeLosses(matches) };
    facetMatchCache.set(key, entry);
  }
  return entry;
}

export function listIncidentsByFacetPage(facet: Facet, value: string, page: number, pageSize: number): FacetPage {
  const { matches, total } = facetMatches(facet, value);
  return { ...pageOf(matches, page, pageSize), total };
}

export function countFacetPages(facet: Facet, value: string, pageSize: number): number {
  return countPages(facetMatches(facet, value).matches.length, pageSize);
}

export function getIncidentLossTotal(): LossTotal {
  return summarizeLosses(summaries());
}

export function getExplorerChoices(): ExplorerChoices {
  const all = summaries();
  const exchanges = [...new Set(all.flatMap((i) => i.exchanges))];
  const exchangeNames = Object.fromEntries(exchanges.map((slug) => [slug, exchangeIndex.get(slug)?.name ?? slug]));
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
  const all = summaries();
  const delays = summarizeDisclosureDelays(all.flatMap((i) => (i.disclosureDelay ? [i.disclosureDelay.hours] : [])));
  const recovery = summarizeRecovery(all);
  return {
    total: summarizeLosses(all),
    lossesByYear: lossesByYear(all).map((y) => ({ key: y.year, label: y.year, value: y.totalUsd, count: y.count, unknownCount: y.unknownCount })),
    incidentsByVector: incidentsByVector(all).map((v) => ({ key: v.vector, label: ATTACK_VECTOR_LABELS[v.vector as AttackVector], value: v.count })),
    topExchanges: topExchangesByLoss(all, topExchangeCount).map((e) => ({
      key: e.exchange,
      label: exchangeIndex.get(e.exchange)?.name ?? e.exchange,
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

export function listOpenDataIncidents(): OpenDataIncident[] {
  return publishedDocs().map((doc) => toOpenDataIncident({ ...toSummary(doc), sourceUrls: doc.sources.map((s) => s.url) }, absoluteUrl));
}

export function getOpenDataIncidentsFile(): OpenDataIncidentsFile {
  return incidentsFile(listOpenDataIncidents(), absoluteUrl("/data/incidents.json"));
}

export function getOpenDataIncidentsCsv(): string {
  return incidentsToCsv(listOpenDataIncidents());
}

export function getOpenDataExchangesFile(): OpenDataExchangesFile {
  // Lineage included: OKX's record carries OKEx's 2017 incident, as on its profile and in the rankings.
  const facts = listIncidentFactsByExchange();
  const exchanges = [...allExchangeDocs()]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((doc) => {
      const losses = summarizeLosses(facts.get(doc.slug) ?? []);
      return {
        slug: doc.slug,
        url: absoluteUrl(`/exchanges/${doc.slug}`),
        name: doc.name,
        website: doc.website ?? null,
        country: doc.country,
        founded: doc.founded ?? null,
        closed: doc.closed ?? null,
        status: doc.status,
        successor: doc.successor ?? null,
        checkedAt: doc.checkedAt,
        incidentCount: losses.count,
        reportedLossUsd: losses.totalUsd,
        unknownLossCount: losses.unknownCount,
      };
    });
  return exchangesFile(exchanges, absoluteUrl("/data/exchanges.json"));
}

export function listAllFacetValues(): Record<Facet, FacetValue[]> {
  return Object.fromEntries(FACETS.map((f) => [f, listFacetValues(f)])) as Record<Facet, FacetValue[]>;
}
