/** Pure mapping from our content types to the published open-data records (no content-layer access). */
import type { IncidentSummary } from "@/lib/content/model";
import { toCsv } from "./csv";
import {
  OPEN_DATA_LICENSE,
  OPEN_DATA_SCHEMA_VERSION,
  type OpenDataExchange,
  type OpenDataExchangesFile,
  type OpenDataIncident,
  type OpenDataIncidentsFile,
} from "./schema";
import { incidentPath } from "@/lib/routes";

export type IncidentWithSources = IncidentSummary & { sourceUrls: string[] };

export function toOpenDataIncident(incident: IncidentWithSources, absoluteUrl: (path: string) => string): OpenDataIncident {
  return {
    slug: incident.slug,
    url: absoluteUrl(incidentPath(incident.slug)),
    title: incident.title,
    date: incident.date,
    updated: incident.updated,
    incidentDate: incident.incidentDate ?? null,
    incidentEndDate: incident.incidentEndDate ?? null,
    status: incident.status,
    attackVector: incident.attackVector,
    targetType: incident.targetType ?? null,
    lossUsd: incident.lossUsd ?? null,
    lossUsdLow: incident.lossUsdLow ?? null,
    lossUsdHigh: incident.lossUsdHigh ?? null,
    stolenAssets: incident.stolenAssets,
    frozenOrRecoveredUsd: incident.frozenOrRecoveredUsd ?? null,
    reimbursedUsd: incident.reimbursedUsd ?? null,
    customerOutcome: incident.customerOutcome?.result ?? null,
    customerOutcomeShare: incident.customerOutcome?.share ?? null,
    chains: incident.chains,
    attribution: incident.attribution.map((a) => ({ actor: a.actor, by: a.by, kind: a.kind, date: a.date ?? null, source: a.source })),
    firstOutflowAt: incident.disclosureDelay?.firstOutflowAt ?? null,
    acknowledgedAt: incident.disclosureDelay?.acknowledgedAt ?? null,
    disclosureDelayHours: incident.disclosureDelay ? Math.round(incident.disclosureDelay.hours * 10) / 10 : null,
    relatedIncidents: incident.relatedIncidents,
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
  "incidentEndDate",
  "status",
  "attackVector",
  "targetType",
  "lossUsd",
  "lossUsdLow",
  "lossUsdHigh",
  "stolenAssets",
  "frozenOrRecoveredUsd",
  "reimbursedUsd",
  "customerOutcome",
  "customerOutcomeShare",
  "chains",
  "attribution",
  "firstOutflowAt",
  "acknowledgedAt",
  "disclosureDelayHours",
  "relatedIncidents",
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
      i.incidentEndDate,
      i.status,
      i.attackVector,
      i.targetType,
      i.lossUsd,
      i.lossUsdLow,
      i.lossUsdHigh,
      i.stolenAssets.map((a) => `${a.asset}:${String(a.amount)}`).join(";"),
      i.frozenOrRecoveredUsd,
      i.reimbursedUsd,
      i.customerOutcome,
      i.customerOutcomeShare,
      i.chains.join(";"),
      i.attribution.map((a) => `${a.actor} (${a.by}, ${a.kind})`).join(";"),
      i.firstOutflowAt,
      i.acknowledgedAt,
      i.disclosureDelayHours,
      i.relatedIncidents.join(";"),
      i.assets.join(";"),
      i.exchanges.join(";"),
      i.tags.join(";"),
      i.summary,
      i.sourceUrls.join(" "),
    ]),
  );
}
