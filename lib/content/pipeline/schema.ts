/**
 * Frontmatter schemas for content/incidents/*.md and content/exchanges/*.md.
 * One implementation, used by content-collections at build time and by the
 * unit tests, so an editor sees the same message everywhere.
 */
import { SLUG_PATTERN } from "../model/slug";
import { z } from "zod";

import {
  INCIDENT_STATUSES,
  ATTACK_VECTORS,
  TARGET_TYPES,
  CUSTOMER_OUTCOMES,
  ATTRIBUTION_KINDS,
  CHAINS,
  EXCHANGE_STATUSES,
  POR_ATTESTATIONS,
  RELATION_KINDS,
  TRI_STATE,
  TWO_FACTOR_LEVELS,
  UPDATE_KINDS,
  compareMoments,
} from "../model/vocabularies";


const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Only judged once the shape is right, so "Oct 5" gets one message, not two. */
function isRealCalendarDate(value: string): boolean {
  if (!ISO_DAY.test(value)) return true;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MMZ` when sources give the time (UTC): disclosure delays can be hours. */
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z)?$/;
export const isoMoment = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? (v.toISOString().endsWith("T00:00:00.000Z") ? v.toISOString().slice(0, 10) : v.toISOString().slice(0, 16) + "Z") : v),
  z
    .string({ error: "must be a date YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MMZ" })
    .regex(ISO_MOMENT, { error: (iss) => `must be a date YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MMZ (got ${JSON.stringify(iss.input)})` })
    .refine((v) => isRealCalendarDate(v.slice(0, 10)) && !Number.isNaN(new Date(v.length === 10 ? `${v}T00:00:00Z` : v).getTime()), {
      error: (iss) => `is not a real calendar date (got ${JSON.stringify(iss.input)})`,
    }),
);

/** YAML may hand us a Date (unquoted) or a string (quoted); both become "YYYY-MM-DD". */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: "must be a date written YYYY-MM-DD" })
    .regex(ISO_DAY, { error: (iss) => `must be a date written YYYY-MM-DD (got ${JSON.stringify(iss.input)})` })
    .refine(isRealCalendarDate, { error: (iss) => `is not a real calendar date (got ${JSON.stringify(iss.input)})` }),
);

const httpsUrl = z
  .string({ error: "must be an https:// URL" })
  .refine(
    (value) => {
      try {
        return new URL(value).protocol === "https:";
      } catch {
        return false;
      }
    },
    { error: (iss) => `must be an https:// URL (got ${JSON.stringify(iss.input)})` },
  );

const slug = (what: string) =>
  z.string().regex(SLUG_PATTERN, { error: (iss) => `${what} must be a lowercase slug like "okex" (got ${JSON.stringify(iss.input)})` });

const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (iss) => `must be one of ${values.join(", ")} (got ${JSON.stringify(iss.input)})`,
  });

const flag = z.boolean({ error: (iss) => `must be true or false (got ${JSON.stringify(iss.input)})` });

const usd = z
  .number({ error: (iss) => `must be a number of US dollars (got ${JSON.stringify(iss.input)})` })
  .nonnegative({ error: (iss) => `must not be negative (got ${JSON.stringify(iss.input)})` })
  .finite();

const sourceSchema = z.object({
  title: z.string().min(1, "source title is required"),
  url: httpsUrl,
  publisher: z.string({ error: "is required: who published the source (outlet, court, exchange)" }).min(1, "must not be empty"),
  date: isoDate.optional(),
  archiveUrl: httpsUrl.optional(),
});

const updateSchema = z.object({
  date: isoDate,
  note: z.string().min(1, "update note is required"),
  /** When an update changed the status, record it so the article can show a status timeline. */
  status: enumOf(INCIDENT_STATUSES).optional(),
  /** Editorial notes are listed but do not move the report's modified date (feeds, sitemap, article). */
  kind: enumOf(UPDATE_KINDS).default("update"),
});

const share = z
  .number({ error: (iss) => `must be a fraction from 0 to 1, e.g. 0.6 for 60% (got ${JSON.stringify(iss.input)})` })
  .min(0, { error: "must be a fraction from 0 to 1" })
  .max(1, { error: (iss) => `must be a fraction from 0 to 1, e.g. 0.6 for 60% (got ${JSON.stringify(iss.input)})` });

const stolenAssetSchema = z.object({
  asset: z.string({ error: "is required: the ticker, e.g. ETH" }).min(1, "must not be empty"),
  amount: z
    .number({ error: (iss) => `must be the amount in the asset's own units (got ${JSON.stringify(iss.input)})` })
    .positive({ error: "must be more than 0" })
    .finite(),
});

const customerOutcomeSchema = z
  .object({
    result: enumOf(CUSTOMER_OUTCOMES),
    share: share.optional(),
    date: isoDate.optional(),
    note: z.string().min(1).optional(),
  })
  .superRefine((o, ctx) => {
    // A partial outcome may lack a share when no source gives one (Gatecoin paid back some ether, nobody says how much).
    if (o.result !== "partial" && o.share !== undefined) {
      ctx.addIssue({ code: "custom", path: ["share"], message: `only goes with result: partial (result is ${o.result})` });
    }
  });

const attributionSchema = z.object({
  actor: z.string({ error: "is required: who is said to be behind it, e.g. Lazarus Group" }).min(1),
  by: z.string({ error: "is required: who made the attribution, e.g. FBI or Elliptic" }).min(1),
  kind: enumOf(ATTRIBUTION_KINDS),
  date: isoDate.optional(),
  source: httpsUrl,
});

/** Fields of schema v1 that v2 replaced: the message says what to write instead. */
const RETIRED_INCIDENT_FIELDS: Record<string, string> = {
  recoveredUsd:
    "was split in schema v2: write frozenOrRecoveredUsd for funds taken back from the attacker and reimbursedUsd for what customers got back (see docs/content.md)",
};

export const incidentFrontmatter = z
  .object({
    title: z.string({ error: "is required: the headline of the report" }).min(1, "must not be empty"),
    date: isoDate,
    summary: z
      .string({ error: "is required: one or two sentences, at most 280 characters" })
      .min(1, "must not be empty")
      .max(280, { error: (iss) => `must be at most 280 characters (got ${String((iss.input as string).length)})` }),
    status: enumOf(INCIDENT_STATUSES),
    incidentDate: isoDate.optional(),
    /** For thefts or frauds that ran over a period (Mt. Gox lost coins from 2011 to 2013). */
    incidentEndDate: isoDate.optional(),
    firstOutflowAt: isoMoment.optional(),
    acknowledgedAt: isoMoment.optional(),
    lossUsd: usd.optional(),
    lossUsdLow: usd.optional(),
    lossUsdHigh: usd.optional(),
    stolenAssets: z.array(stolenAssetSchema).default([]),
    frozenOrRecoveredUsd: usd.optional(),
    reimbursedUsd: usd.optional(),
    customerOutcome: customerOutcomeSchema.optional(),
    chains: z.array(enumOf(CHAINS)).default([]),
    targetType: enumOf(TARGET_TYPES).optional(),
    attribution: z.array(attributionSchema).default([]),
    relatedIncidents: z.array(slug("related incident")).default([]),
    assets: z.array(z.string().min(1)).default([]),
    attackVector: enumOf(ATTACK_VECTORS).default("unknown"),
    exchanges: z.array(slug("exchange")).default([]),
    tags: z.array(slug("tag")).default([]),
    author: z.string().default("Breachdesk staff"),
    sources: z.array(sourceSchema, { error: "is required: list at least one public source" }).min(1, "list at least one public source"),
    updates: z.array(updateSchema).default([]),
    draft: flag.default(false),
    /** Pinned as the home page's lead story (the newest featured report wins). */
    featured: flag.default(false),
  })
  .superRefine((d, ctx) => {
    const bound = (field: "lossUsdLow" | "lossUsdHigh", ok: (v: number, loss: number) => boolean, words: string) => {
      const v = d[field];
      if (v !== undefined && d.lossUsd !== undefined && !ok(v, d.lossUsd)) {
        ctx.addIssue({ code: "custom", path: [field], message: `must be ${words} lossUsd (${String(v)} vs ${String(d.lossUsd)})` });
      }
      if (v !== undefined && d.lossUsd === undefined) {
        ctx.addIssue({ code: "custom", path: [field], message: "needs lossUsd: give the most widely reported figure as lossUsd" });
      }
    };
    bound("lossUsdLow", (v, loss) => v <= loss, "at most");
    bound("lossUsdHigh", (v, loss) => v >= loss, "at least");
    if (d.incidentEndDate && d.incidentDate && d.incidentEndDate < d.incidentDate) {
      ctx.addIssue({ code: "custom", path: ["incidentEndDate"], message: `${d.incidentEndDate} is before incidentDate ${d.incidentDate}` });
    }
    if (d.incidentEndDate && !d.incidentDate) {
      ctx.addIssue({ code: "custom", path: ["incidentEndDate"], message: "needs incidentDate: the first day of the period" });
    }
    if (d.firstOutflowAt && d.acknowledgedAt && compareMoments(d.acknowledgedAt, d.firstOutflowAt) < 0) {
      ctx.addIssue({ code: "custom", path: ["acknowledgedAt"], message: `${d.acknowledgedAt} is before firstOutflowAt ${d.firstOutflowAt}` });
    }
  });

/**
 * Fields the schema does not know. zod would drop them silently, so a typo ("lossUSD") or a v1 field
 * would vanish from the site without a word; the checker reports them instead.
 */
export function unknownIncidentFields(raw: unknown): { field: string; message: string }[] {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return [];
  const known = new Set(Object.keys(incidentFrontmatter.shape));
  return Object.keys(raw).flatMap((field) => {
    if (known.has(field)) return [];
    return [{ field, message: RETIRED_INCIDENT_FIELDS[field] ?? "is not a field of incident reports (docs/content.md lists them)" }];
  });
}

export type IncidentFrontmatter = z.infer<typeof incidentFrontmatter>;

const sourced = <T extends z.ZodTypeAny>(value: T) =>
  z.object({
    value,
    source: httpsUrl.optional(),
    asOf: isoDate.optional(),
    note: z.string().optional(),
  });

/** A position in a ranking: 1 is the largest. */
const rank = z
  .number({
    error: (iss) =>
      iss.input === undefined ? "is required: a position like 16" : `must be a whole number like 16 (got ${JSON.stringify(iss.input)})`,
  })
  .int({ error: (iss) => `must be a whole number like 16 (got ${JSON.stringify(iss.input)})` })
  .positive({ error: "must be a positive whole number" });

const rankingSnapshotSchema = z.object({
  asOf: isoDate,
  source: httpsUrl,
  sourceTitle: z.string().optional(),
  volumeRank: rank,
  btcVolumeRank: rank.optional(),
  volume24hUsd: usd.optional(),
});

const year = z
  .number({ error: (iss) => `must be a year like 2014 (got ${JSON.stringify(iss.input)})` })
  .int({ error: (iss) => `must be a year like 2014 (got ${JSON.stringify(iss.input)})` })
  .min(2008, { error: "must be 2008 or later" })
  .max(2100, { error: "must be a year like 2014" });

export const exchangeFrontmatter = z.object({
  name: z.string({ error: "is required" }).min(1),
  /** Optional: long-dead exchanges often have no site left to link. */
  website: httpsUrl.optional(),
  country: z.string({ error: "is required: country or jurisdiction" }).min(1),
  founded: year.optional(),
  /** The year it stopped operating (collapsed, defunct, or absorbed). */
  closed: year.optional(),
  status: enumOf(EXCHANGE_STATUSES).default("active"),
  successor: slug("successor").optional(),
  /** When an editor last checked this profile's facts against sources; shown on the profile and in the rankings. */
  checkedAt: isoDate,
  /** Sources for the profile's own facts (country, founding, status). */
  sources: z.array(sourceSchema).default([]),
  relations: z.array(z.object({ slug: slug("related exchange"), kind: enumOf(RELATION_KINDS) })).default([]),
  security: z
    .object({
      twoFactor: sourced(enumOf(TWO_FACTOR_LEVELS)).optional(),
      proofOfReserves: sourced(enumOf(TRI_STATE))
        .extend({
          lastPublished: isoDate.optional(),
          /** self: the exchange's own Merkle tree or dashboard; independent: an accountant's or auditor's attestation. */
          attestation: enumOf(POR_ATTESTATIONS).optional(),
        })
        .optional(),
      bugBounty: sourced(enumOf(TRI_STATE)).optional(),
      protectionFund: sourced(enumOf(TRI_STATE)).extend({ name: z.string().optional() }).optional(),
      coldStorage: sourced(enumOf(TRI_STATE)).optional(),
    })
    .default({}),
  rankings: z
    .array(rankingSnapshotSchema, { error: "must be a list of snapshots, each { asOf, source, volumeRank }" })
    .default([]),
});
export type ExchangeFrontmatter = z.infer<typeof exchangeFrontmatter>;
