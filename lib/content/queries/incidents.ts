/** Incident queries: lists, pages, tags, neighbours and related reports from the published archive. */
import {
  allExchangeDocs,
  exchangeIndex,
  findPublishedDoc,
  publishedDocs,
  publishedIndex,
  toIncident,
  toSummary,
  type ExchangeDoc,
} from "./store";
import { countPages, pageOf } from "@/lib/pagination";
import { pickRelated } from "./related";
import type { ExchangeRef, Incident, IncidentSummary, Page, TagCount } from "../model/types";

export type ArchiveExtent = { count: number; firstYear?: string; lastYear?: string };

/** How many published incidents the archive holds and the years they span (by when they happened). */
export function getArchiveExtent(): ArchiveExtent {
  let firstYear: string | undefined;
  let lastYear: string | undefined;
  for (const d of publishedDocs()) {
    const year = (d.incidentDate ?? d.date).slice(0, 4);
    if (firstYear === undefined || year < firstYear) firstYear = year;
    if (lastYear === undefined || year > lastYear) lastYear = year;
  }
  return { count: publishedDocs().length, firstYear, lastYear };
}

export function listIncidents(): IncidentSummary[] {
  return publishedDocs().map(toSummary);
}

export function listLatestIncidents(count: number, options: { exclude?: string } = {}): IncidentSummary[] {
  return publishedDocs()
    .filter((d) => d.slug !== options.exclude)
    .slice(0, count)
    .map(toSummary);
}

/** The home page's lead story: the newest report an editor marked `featured: true`. */
export function getFeaturedIncident(): IncidentSummary | undefined {
  const doc = publishedDocs().find((d) => d.featured);
  return doc && toSummary(doc);
}

export function countIncidentPages(pageSize: number): number {
  return countPages(publishedDocs().length, pageSize);
}

export function listIncidentsPage(page: number, pageSize: number): Page<IncidentSummary> {
  const result = pageOf(publishedDocs(), page, pageSize);
  return { ...result, items: result.items.map(toSummary) };
}

/** Every published incident with its source links, newest first: the open-data records. */
export function listIncidentsWithSourceUrls(): (IncidentSummary & { sourceUrls: string[] })[] {
  return publishedDocs().map((doc) => ({ ...toSummary(doc), sourceUrls: doc.sources.map((s) => s.url) }));
}

export function getIncident(slug: string): Incident | undefined {
  const doc = findPublishedDoc(slug);
  return doc ? toIncident(doc) : undefined;
}

export function listIncidentSlugs(): string[] {
  return publishedDocs().map((d) => d.slug);
}

/** The incident published just before and just after this one. */
export function getAdjacentIncidents(slug: string): { newer?: IncidentSummary; older?: IncidentSummary } {
  const docs = publishedDocs();
  const i = publishedIndex().position.get(slug);
  if (i === undefined) return {};
  const newer = docs[i - 1];
  const older = docs[i + 1];
  return { newer: newer && toSummary(newer), older: older && toSummary(older) };
}

let linksCache: Map<string, string[]> | undefined;
/** Editors' links in both directions (HTX November 2023 ↔ Poloniex 2023), built once per process. */
function linkedSlugs(slug: string): string[] {
  if (!linksCache) {
    linksCache = new Map();
    const add = (from: string, to: string) => {
      const list = linksCache?.get(from) ?? [];
      if (!list.includes(to)) linksCache?.set(from, [...list, to]);
    };
    for (const d of publishedDocs()) {
      for (const other of d.relatedIncidents) {
        add(d.slug, other);
        add(other, d.slug);
      }
    }
  }
  return linksCache.get(slug) ?? [];
}

/**
 * Reports an editor linked to this one (either way) first, then incidents sharing an exchange
 * (weighted double) or a tag, most overlap first (see ./related).
 */
export function listRelatedIncidents(slug: string, count: number): IncidentSummary[] {
  const self = findPublishedDoc(slug);
  if (!self) return [];
  const linked = linkedSlugs(slug).flatMap((s) => {
    const doc = findPublishedDoc(s);
    return doc ? [doc] : [];
  });
  const rest = pickRelated(self, publishedIndex(), count + linked.length).filter((d) => !linked.some((l) => l.slug === d.slug));
  return [...linked, ...rest].slice(0, Math.max(count, linked.length)).map(toSummary);
}

export function listTags(): TagCount[] {
  return [...publishedIndex().byTag.entries()]
    .map(([tag, docs]) => ({ tag, count: docs.length }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

function exchangeRef(doc: ExchangeDoc): ExchangeRef {
  return { slug: doc.slug, name: doc.name };
}

/** Name lookup for the exchange slugs an incident references (validated at build, so all exist). */
export function getExchangeRefs(slugs: readonly string[]): ExchangeRef[] {
  return slugs.flatMap((s) => {
    const doc = exchangeIndex.get(s);
    return doc ? [exchangeRef(doc)] : [];
  });
}

export function listExchangeRefs(): ExchangeRef[] {
  return allExchangeDocs().map(exchangeRef).sort((a, b) => a.name.localeCompare(b.name));
}

export function listTagSlugs(): string[] {
  return listTags().map((t) => t.tag);
}

export function countTagPages(tag: string, pageSize: number): number {
  return countPages(publishedIndex().byTag.get(tag)?.length ?? 0, pageSize);
}

export function listIncidentsByTagPage(tag: string, page: number, pageSize: number): Page<IncidentSummary> {
  const result = pageOf(publishedIndex().byTag.get(tag) ?? [], page, pageSize);
  return { ...result, items: result.items.map(toSummary) };
}

export function listExchangeSlugs(): string[] {
  return allExchangeDocs().map((d) => d.slug);
}
