/**
 * Queries for feeds and the sitemap: full incidents (with body) for feed items, and the
 * last-modified day of every listing page so crawlers re-fetch only what changed.
 */
import { lastStoryUpdate } from "../model/timeline";
import { exchangeIndex, findPublishedDoc, publishedDocs, publishedIndex, toIncident, toSummary, type IncidentDoc } from "./store";
import type { Incident, IncidentSummary } from "../model/types";

export type FeedFilter = { tag?: string; exchange?: string };

/** The newest `limit` published incidents matching the filter, bodies included, newest first. */
export function listFeedIncidents(filter: FeedFilter, limit: number): Incident[] {
  const { byTag, byExchange } = publishedIndex();
  // The narrowest prebuilt list first; each is already newest-first.
  const pool = filter.tag !== undefined ? (byTag.get(filter.tag) ?? []) : filter.exchange !== undefined ? (byExchange.get(filter.exchange) ?? []) : publishedDocs();
  return pool
    .filter((d) => (filter.tag === undefined || d.tags.includes(filter.tag)) && (filter.exchange === undefined || d.exchanges.includes(filter.exchange)))
    .slice(0, limit)
    .map(toIncident);
}

/** Exchange slug → display name, for feed categories and structured data. */
export function getExchangeNames(): ReadonlyMap<string, string> {
  return new Map([...exchangeIndex.values()].map((d) => [d.slug, d.name]));
}

function lastUpdated(doc: IncidentDoc): string {
  return lastStoryUpdate(doc);
}

export type DatedEntry = { slug: string; updated?: string };

function newestPerKey(keysOf: (doc: IncidentDoc) => readonly string[]): Map<string, string> {
  const newest = new Map<string, string>();
  for (const doc of publishedDocs()) {
    const updated = lastUpdated(doc);
    for (const key of keysOf(doc)) {
      const seen = newest.get(key);
      if (seen === undefined || updated > seen) newest.set(key, updated);
    }
  }
  return newest;
}

/** Every published incident with the day it last changed (publication or latest update). */
export function listIncidentDates(): DatedEntry[] {
  return publishedDocs().map((d) => ({ slug: d.slug, updated: lastUpdated(d) }));
}

/** Every tag with the day its newest incident last changed. */
export function listTagDates(): DatedEntry[] {
  return [...newestPerKey((d) => d.tags)].map(([slug, updated]) => ({ slug, updated })).sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Every exchange; `updated` is the day its newest incident last changed (none for exchanges without incidents). */
export function listExchangeDates(): DatedEntry[] {
  const newest = newestPerKey((d) => d.exchanges);
  return [...exchangeIndex.keys()].sort().map((slug) => ({ slug, updated: newest.get(slug) }));
}

/** One incident without its body, for social cards. */
export function getIncidentSummary(slug: string): IncidentSummary | undefined {
  const doc = findPublishedDoc(slug);
  return doc && toSummary(doc);
}
