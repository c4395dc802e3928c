/** Pure mapping from our content types to the published open-data records (no content-layer access). */
import type { IncidentSummary } from "@/lib/content/types";
import { toCsv } from "./csv";
import {
  OPEN_DATA_LICENSE,
  OPEN_DATA_SCHEMA_VERSION,
  type OpenDataExchange,
  type OpenDataExchangesFile,
  type OpenDataIncident,
  type OpenDataIncidentsFile,
} from "./schema";

export type IncidentWithSources = IncidentSummary & { sourceUrls: string[] };

export function toOpenDataIncident(incident: IncidentWithSources, absoluteUrl: (path: string) => string): OpenDataIncident {
  return {
    slug: incident.slug,
    url: absoluteUrl(`/incidents/${incident.slug}`),
    title: incident.title,
    date: incident.date,
    updated: incident.updated,
    incidentDate: incident.incidentDate ?? null,
    status: incident.status,
    attackVector: incident.attackVector,
    lossUsd: incident.lossUsd ?? null,
    recoveredUsd: incident.recoveredUsd ?? null,
    assets: incident.assets,
    exchanges: incident.exchanges,
    tags: incident.tags,
    summary: incident.summary,
    sourceUrls: incident.sourceUrls,
  };
}

export function incidentsFile(incidents: OpenDataIncident[], source: string): OpenDataIncidentsFile {
  return { schemaVersion: OPEN_DATA_SCHEMA_VERSION, license: { ...OPEN_DATA_LICENSE }, source, count: incidents.length, incidents };
}

export function exchangesFile(exchanges: OpenDataExchange[], source: string): OpenDataExchangesFile {
  return { schemaVersion: OPEN_DATA_SCHEMA_VERSION, license: { ...OPEN_DATA_LICENSE }, source, count: exchanges.length, exchanges };
}

export const INCIDENT_CSV_HEADER = [
  "slug",
  "url",
  "title",
  "date",
  "updated",
  "incidentDate",
  "status",
  "attackVector",
  "lossUsd",
  "recoveredUsd",
  "assets",
  "exchanges",
  "tags",
  "summary",
  "sourceUrls",
] as const satisfies readonly (keyof OpenDataIncident)[];

export function incidentsToCsv(incidents: readonly OpenDataIncident[]): string {
  return toCsv(
    INCIDENT_CSV_HEADER,
    incidents.map((i) => [
      i.slug,
      i.url,
      i.title,
      i.date,
      i.updated,
      i.incidentDate,
      i.status,
      i.attackVector,
      i.lossUsd,
      i.recoveredUsd,
      i.assets.join(";"),
      i.exchanges.join(";"),
      i.tags.join(";"),
      i.summary,
      i.sourceUrls.join(" "),
    ]),
  );
}
