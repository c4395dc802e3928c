/** Maps content records to the plain values an incident card shows (exchange slugs become names here, not in the card). */
import { getExchangeRefs, type IncidentSummary, type Page, type TimelineEntry } from "@/lib/content";
import type { IncidentCardData } from "@/components/incidents/IncidentCard";

export function incidentCard(incident: IncidentSummary | TimelineEntry): IncidentCardData {
  return {
    slug: incident.slug,
    title: incident.title,
    date: incident.date,
    incidentDate: incident.incidentDate,
    status: incident.status,
    lossUsd: incident.lossUsd,
    summary: incident.summary,
    tags: incident.tags,
    exchanges: getExchangeRefs(incident.exchanges),
    asExchange: "asExchange" in incident ? incident.asExchange : undefined,
  };
}

export function incidentCards(incidents: readonly (IncidentSummary | TimelineEntry)[]): IncidentCardData[] {
  return incidents.map(incidentCard);
}

/** A page of results (with whatever else it carries, such as a facet's loss total) with cards for items. */
export function incidentCardPage<P extends Page<IncidentSummary>>(page: P): Omit<P, "items"> & Page<IncidentCardData> {
  return { ...page, items: incidentCards(page.items) };
}
