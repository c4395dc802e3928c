/**
 * The published open-data format. The zod schemas are the contract: the /data page documents
 * exactly these fields (from OPEN_DATA_FIELDS), and the tests validate the served files against them.
 * Bump OPEN_DATA_SCHEMA_VERSION when a field is removed or changes meaning; adding a field does not.
 */
import { z } from "zod";

export const OPEN_DATA_SCHEMA_VERSION = 1;
export const OPEN_DATA_LICENSE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const openDataIncidentSchema = z.object({
  slug: z.string().min(1),
  url: z.url(),
  title: z.string().min(1),
  date: isoDay,
  updated: isoDay,
  incidentDate: isoDay.nullable(),
  status: z.enum(["reported", "denied", "confirmed", "resolved"]),
  attackVector: z.string().min(1),
  lossUsd: z.number().nonnegative().nullable(),
  recoveredUsd: z.number().nonnegative().nullable(),
  assets: z.array(z.string()),
  exchanges: z.array(z.string()),
  tags: z.array(z.string()),
  summary: z.string(),
  sourceUrls: z.array(z.url()),
});
export type OpenDataIncident = z.infer<typeof openDataIncidentSchema>;

const envelope = {
  schemaVersion: z.literal(OPEN_DATA_SCHEMA_VERSION),
  license: z.object({ name: z.string(), url: z.url() }),
  source: z.url(),
  count: z.number().int().nonnegative(),
};

export const openDataIncidentsFileSchema = z
  .object({ ...envelope, incidents: z.array(openDataIncidentSchema) })
  .refine((f) => f.count === f.incidents.length, { error: "count must equal incidents.length" });
export type OpenDataIncidentsFile = z.infer<typeof openDataIncidentsFileSchema>;

export const openDataExchangeSchema = z.object({
  slug: z.string().min(1),
  url: z.url(),
  name: z.string().min(1),
  website: z.url(),
  country: z.string(),
  founded: z.number().int().nullable(),
  status: z.enum(["active", "defunct", "merged", "renamed"]),
  incidentCount: z.number().int().nonnegative(),
  reportedLossUsd: z.number().nonnegative(),
  unknownLossCount: z.number().int().nonnegative(),
});
export type OpenDataExchange = z.infer<typeof openDataExchangeSchema>;

export const openDataExchangesFileSchema = z
  .object({ ...envelope, exchanges: z.array(openDataExchangeSchema) })
  .refine((f) => f.count === f.exchanges.length, { error: "count must equal exchanges.length" });
export type OpenDataExchangesFile = z.infer<typeof openDataExchangesFileSchema>;

export type FieldDoc = { name: string; type: string; description: string };

/** Documentation for each field, in file order; a test checks it covers every schema key. */
export const OPEN_DATA_FIELDS: { incidents: FieldDoc[]; exchanges: FieldDoc[]; envelope: FieldDoc[] } = {
  envelope: [
    { name: "schemaVersion", type: "integer", description: `Format version, currently ${String(OPEN_DATA_SCHEMA_VERSION)}. Raised only for breaking changes.` },
    { name: "license", type: "object {name, url}", description: "The license the data is published under." },
    { name: "source", type: "URL", description: "Where this file is published." },
    { name: "count", type: "integer", description: "Number of records in the file." },
  ],
  incidents: [
    { name: "slug", type: "string", description: "Stable identifier; also the last part of the report URL." },
    { name: "url", type: "URL", description: "The full report on Breachdesk." },
    { name: "title", type: "string", description: "Headline of the report (may contain commas and quotes)." },
    { name: "date", type: "date (YYYY-MM-DD)", description: "Publication date of the report." },
    { name: "updated", type: "date (YYYY-MM-DD)", description: "Latest correction or update; equals date when never updated." },
    { name: "incidentDate", type: "date or null", description: "When the incident happened, when known." },
    { name: "status", type: "reported | denied | confirmed | resolved", description: "Editorial status; see /about for the meaning of each." },
    { name: "attackVector", type: "string (enumerated)", description: "How the attack worked, e.g. phishing, hot-wallet-compromise, unknown." },
    { name: "lossUsd", type: "number or null", description: "Reported loss in US dollars at the time; null (empty in CSV) when unknown, never 0 for unknown." },
    { name: "recoveredUsd", type: "number or null", description: "Amount recovered or reimbursed in US dollars, when reported." },
    { name: "assets", type: "string[]", description: "Tickers of the assets taken (CSV: separated by ;)." },
    { name: "exchanges", type: "string[]", description: "Slugs of the exchanges involved; see exchanges.json (CSV: separated by ;)." },
    { name: "tags", type: "string[]", description: "Topic tags (CSV: separated by ;)." },
    { name: "summary", type: "string", description: "One or two sentences, at most 280 characters." },
    { name: "sourceUrls", type: "URL[]", description: "Public sources cited by the report (CSV: separated by a space)." },
  ],
  exchanges: [
    { name: "slug", type: "string", description: "Stable identifier, as used in incidents[].exchanges." },
    { name: "url", type: "URL", description: "The exchange's profile on Breachdesk." },
    { name: "name", type: "string", description: "Display name." },
    { name: "website", type: "URL", description: "The exchange's own website." },
    { name: "country", type: "string", description: "Country or jurisdiction." },
    { name: "founded", type: "integer or null", description: "Year founded, when known." },
    { name: "status", type: "active | defunct | merged | renamed", description: "Whether the exchange still operates." },
    { name: "incidentCount", type: "integer", description: "Published incidents naming this exchange." },
    { name: "reportedLossUsd", type: "number", description: "Sum of known lossUsd over those incidents (an incident naming two exchanges counts for both)." },
    { name: "unknownLossCount", type: "integer", description: "How many of those incidents have an unknown loss." },
  ],
};
