/**
 * Facet queries: the values each facet has in the published archive, their labels, and each
 * value's incidents page by page with its loss total (the prerendered facet pages). The filter
 * arithmetic lives in lib/stats (pure); this file only feeds it published content.
 */
import { incidentYear } from "@/lib/stats/aggregate";
import { summarizeLosses, type LossTotal } from "@/lib/losses";
import { countPages, pageOf } from "@/lib/pagination";
import { actorSlug, NORTH_KOREA_FACET, filterAndSort, EMPTY_QUERY, type ExplorerQuery } from "@/lib/stats/explorer";
import { ATTACK_VECTOR_LABELS, CHAIN_LABELS, STATUS_INFO, TARGET_TYPE_LABELS } from "../model/labels";
import { INCIDENT_STATUSES } from "../model/vocabularies";
import { FACETS, type Facet, type FacetValue } from "../model/facets";
import { publishedDocs, toSummary } from "./store";
import type { AttackVector, Chain, IncidentStatus, IncidentSummary, Page, TargetType } from "../model/types";

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

export function listAllFacetValues(): Record<Facet, FacetValue[]> {
  return Object.fromEntries(FACETS.map((f) => [f, listFacetValues(f)])) as Record<Facet, FacetValue[]>;
}
