/**
 * Open data built from content: feeds the published incidents and exchanges from the content query
 * door to the pure builders in ./build and returns the files /data serves. Routes call these; they do
 * no shaping themselves.
 */
import { listExchanges, listIncidentFactsByExchange, listIncidentsWithSourceUrls } from "@/lib/content";
import { absoluteUrl } from "@/lib/env";
import { summarizeLosses } from "@/lib/losses";
import { exchangesFile, incidentsFile, incidentsToCsv, toOpenDataIncident } from "./build";
import type { OpenDataExchangesFile, OpenDataIncident, OpenDataIncidentsFile } from "./schema";
import { exchangePath, exchangesJsonPath, incidentsJsonPath } from "@/lib/routes";

function listOpenDataIncidents(): OpenDataIncident[] {
  return listIncidentsWithSourceUrls().map((incident) => toOpenDataIncident(incident, absoluteUrl));
}

export function getOpenDataIncidentsFile(): OpenDataIncidentsFile {
  return incidentsFile(listOpenDataIncidents(), absoluteUrl(incidentsJsonPath()));
}

export function getOpenDataIncidentsCsv(): string {
  return incidentsToCsv(listOpenDataIncidents());
}

export function getOpenDataExchangesFile(): OpenDataExchangesFile {
  // Lineage included: OKX's record carries OKEx's 2017 incident, as on its profile and in the rankings.
  const facts = listIncidentFactsByExchange();
  const exchanges = listExchanges()
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((exchange) => {
      const losses = summarizeLosses(facts.get(exchange.slug) ?? []);
      return {
        slug: exchange.slug,
        url: absoluteUrl(exchangePath(exchange.slug)),
        name: exchange.name,
        website: exchange.website ?? null,
        country: exchange.country,
        founded: exchange.founded ?? null,
        closed: exchange.closed ?? null,
        status: exchange.status,
        successor: exchange.successor?.slug ?? null,
        checkedAt: exchange.checkedAt,
        incidentCount: losses.count,
        reportedLossUsd: losses.totalUsd,
        unknownLossCount: losses.unknownCount,
      };
    });
  return exchangesFile(exchanges, absoluteUrl(exchangesJsonPath()));
}
