/**
 * The published open-data format. The zod schemas are the contract: the /data page documents
 * exactly these fields (from OPEN_DATA_FIELDS), and the tests validate the served files against them.
 * Bump OPEN_DATA_SCHEMA_VERSION when a field is removed or changes meaning; adding a field does not.
 */
import { z } from "zod";
import {
  ATTACK_VECTORS,
  ATTRIBUTION_KINDS,
  CHAINS,
  CUSTOMER_OUTCOMES,
  EXCHANGE_STATUSES,
  INCIDENT_STATUSES,
  TARGET_TYPES,
} from "@/lib/content/model";

/** 2: recoveredUsd split into frozenOrRecoveredUsd and reimbursedUsd; loss bounds, chains, target, attribution, disclosure. */
export const OPEN_DATA_SCHEMA_VERSION = 2;
export const OPEN_DATA_LICENSE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoMoment = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z)?$/);
const usd = z.number().nonnegative();

export const openDataIncidentSchema = z.object({
  slug: z.string().min(1),
  url: z.url(),
  title: z.string().min(1),
  date: isoDay,
  updated: isoDay,
  incidentDate: isoDay.nullable(),
  incidentEndDate: isoDay.nullable(),
  status: z.enum(INCIDENT_STATUSES),
  attackVector: z.enum(ATTACK_VECTORS),
  targetType: z.enum(TARGET_TYPES).nullable(),
  lossUsd: usd.nullable(),
  lossUsdLow: usd.nullable(),
  lossUsdHigh: usd.nullable(),
  stolenAssets: z.array(z.object({ asset: z.string(), amount: z.number().positive() })),
  frozenOrRecoveredUsd: usd.nullable(),
  reimbursedUsd: usd.nullable(),
  customerOutcome: z.enum(CUSTOMER_OUTCOMES).nullable(),
  customerOutcomeShare: z.number().min(0).max(1).nullable(),
  chains: z.array(z.enum(CHAINS)),
  attribution: z.array(z.object({ actor: z.string(), by: z.string(), kind: z.enum(ATTRIBUTION_KINDS), date: isoDay.nullable(), source: z.url() })),
  firstOutflowAt: isoMoment.nullable(),
  acknowledgedAt: isoMoment.nullable(),
  disclosureDelayHours: z.number().nonnegative().nullable(),
  relatedIncidents: z.array(z.string()),
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
  website: z.url().nullable(),
  country: z.string(),
  founded: z.number().int().nullable(),
  closed: z.number().int().nullable(),
  status: z.enum(EXCHANGE_STATUSES),
  successor: z.string().nullable(),
  checkedAt: isoDay,
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
    { name: "incidentDate", type: "date or null", description: "When the incident happened (its first day), when known." },
    { name: "incidentEndDate", type: "date or null", description: "Last day, for thefts or frauds that ran over a period." },
    { name: "status", type: INCIDENT_STATUSES.join(" | "), description: "Editorial status; see /about for the meaning of each." },
    { name: "attackVector", type: "string (enumerated)", description: `How the attack worked: ${ATTACK_VECTORS.join(", ")}. Definitions on /about.` },
    { name: "targetType", type: "string or null", description: `What was breached: ${TARGET_TYPES.join(", ")}; null when not known.` },
    { name: "lossUsd", type: "number or null", description: "Stolen or lost value in US dollars at the time, the most widely reported figure; null (empty in CSV) when unknown, never 0 for unknown." },
    { name: "lossUsdLow", type: "number or null", description: "Lowest figure among the sources, when they disagree." },
    { name: "lossUsdHigh", type: "number or null", description: "Highest figure among the sources, when they disagree." },
    { name: "stolenAssets", type: "{asset, amount}[]", description: "Amounts taken in each asset's own units (CSV: ASSET:amount separated by ;)." },
    { name: "frozenOrRecoveredUsd", type: "number or null", description: "Funds taken back from the attacker (frozen, seized or returned), in US dollars; null when not reported." },
    { name: "reimbursedUsd", type: "number or null", description: "What customers got back from the exchange, its owners, an insurer or a court scheme, in US dollars; null when not reported." },
    { name: "customerOutcome", type: `${CUSTOMER_OUTCOMES.join(" | ")} or null`, description: "Outcome for customers, when known." },
    { name: "customerOutcomeShare", type: "number 0–1 or null", description: "With customerOutcome partial: the share of their loss customers got back." },
    { name: "chains", type: "string[]", description: "Chains the stolen funds were on (CSV: separated by ;)." },
    { name: "attribution", type: "{actor, by, kind, date, source}[]", description: "Who is said to be behind it, by whom; kind is official (government, court) or analyst (CSV: actor (by, kind) separated by ;)." },
    { name: "firstOutflowAt", type: "date or UTC time, or null", description: "First unauthorised outflow or access." },
    { name: "acknowledgedAt", type: "date or UTC time, or null", description: "The exchange's first public acknowledgement." },
    { name: "disclosureDelayHours", type: "number or null", description: "Hours from firstOutflowAt to acknowledgedAt (dates count as midnight UTC)." },
    { name: "relatedIncidents", type: "string[]", description: "Slugs of linked reports (CSV: separated by ;)." },
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
    { name: "website", type: "URL or null", description: "The exchange's own website; null for sites long gone." },
    { name: "country", type: "string", description: "Country or jurisdiction." },
    { name: "founded", type: "integer or null", description: "Year founded, when known." },
    { name: "closed", type: "integer or null", description: "Year it stopped operating, when it has." },
    { name: "status", type: EXCHANGE_STATUSES.join(" | "), description: "Whether the exchange still operates; collapsed means it failed owing customers." },
    { name: "successor", type: "string or null", description: "For renamed or merged exchanges: the slug it became." },
    { name: "checkedAt", type: "date (YYYY-MM-DD)", description: "When the profile's facts were last checked against sources." },
    { name: "incidentCount", type: "integer", description: "Published incidents naming this exchange or one of its predecessors (renames, mergers)." },
    { name: "reportedLossUsd", type: "number", description: "Sum of known lossUsd over those incidents (an incident naming two exchanges counts for both)." },
    { name: "unknownLossCount", type: "integer", description: "How many of those incidents have an unknown loss." },
  ],
};
