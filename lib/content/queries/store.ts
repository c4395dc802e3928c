/**
 * Internal: the single place that touches generated content-collections modules. Query files in
 * lib/content build on these helpers; nothing outside lib/content imports this file.
 */
import { allIncidents, allExchanges } from "content-collections";
import { env } from "@/lib/env";
import type { Incident, IncidentSummary } from "../model/types";
import { isPublished, publicationState } from "../model/publication";
import { lastStoryUpdate, statusTimeline } from "../model/timeline";
import { readIncidentBody } from "../pipeline/bodies";
import { buildIncidentIndex, type IncidentIndex } from "./related";
import { disclosureDelay } from "../model/disclosure";

export type IncidentDoc = (typeof allIncidents)[number];
export type ExchangeDoc = (typeof allExchanges)[number];

import { todayIso as today } from "@/lib/dates";

/**
 * Drafts show only in `next dev`; a publication date in the future is scheduled and appears
 * with the first build on or after that day.
 */
function isPublishedNow(doc: IncidentDoc): boolean {
  return isPublished(doc, { today: today(), mode: env.NODE_ENV });
}

export function toSummary(doc: IncidentDoc): IncidentSummary {
  return {
    slug: doc.slug,
    title: doc.title,
    date: doc.date,
    updated: lastStoryUpdate(doc),
    summary: doc.summary,
    status: doc.status,
    incidentDate: doc.incidentDate,
    incidentEndDate: doc.incidentEndDate,
    lossUsd: doc.lossUsd,
    lossUsdLow: doc.lossUsdLow,
    lossUsdHigh: doc.lossUsdHigh,
    stolenAssets: doc.stolenAssets,
    frozenOrRecoveredUsd: doc.frozenOrRecoveredUsd,
    reimbursedUsd: doc.reimbursedUsd,
    customerOutcome: doc.customerOutcome,
    chains: doc.chains,
    targetType: doc.targetType,
    attribution: doc.attribution,
    disclosureDelay: disclosureDelay(doc),
    relatedIncidents: doc.relatedIncidents,
    assets: doc.assets,
    attackVector: doc.attackVector,
    exchanges: doc.exchanges,
    tags: doc.tags,
    author: doc.author,
    draft: doc.draft,
    scheduled: publicationState(doc, today()) === "scheduled",
    featured: doc.featured,
    readingMinutes: doc.readingMinutes,
  };
}

export function toIncident(doc: IncidentDoc): Incident {
  const { html, toc } = readIncidentBody(doc.bodyKey, doc.slug);
  return { ...toSummary(doc), html, toc, sources: doc.sources, updates: doc.updates, statusTimeline: statusTimeline(doc) };
}

/** Newest first; ties broken by slug so pagination is stable between builds. */
function byDateDesc(a: { date: string; slug: string }, b: { date: string; slug: string }): number {
  return a.date === b.date ? a.slug.localeCompare(b.slug) : b.date.localeCompare(a.date);
}

let publishedCache: IncidentDoc[] | undefined;
export function publishedDocs(): IncidentDoc[] {
  publishedCache ??= allIncidents.filter(isPublishedNow).sort(byDateDesc);
  return publishedCache;
}


/** Exchanges by slug, as validated at build (every slug an incident names is here). */
export const exchangeIndex: ReadonlyMap<string, ExchangeDoc> = new Map(allExchanges.map((d) => [d.slug, d]));

export function allExchangeDocs(): readonly ExchangeDoc[] {
  return allExchanges;
}

let indexCache: IncidentIndex<IncidentDoc> | undefined;

/**
 * Lookups built once per process so a page costs O(its own slice), not O(all incidents): with
 * 10,000 reports a linear scan per page turns the build quadratic.
 */
export function publishedIndex(): IncidentIndex<IncidentDoc> {
  indexCache ??= buildIncidentIndex(publishedDocs());
  return indexCache;
}

export function findPublishedDoc(slug: string): IncidentDoc | undefined {
  const i = publishedIndex().position.get(slug);
  return i === undefined ? undefined : publishedDocs()[i];
}
