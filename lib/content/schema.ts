/**
 * Frontmatter schemas for content/incidents/*.md and content/exchanges/*.md.
 * One implementation, used by content-collections at build time and by the
 * unit tests, so an editor sees the same message everywhere.
 */
import { z } from "zod";

export const INCIDENT_STATUSES = ["reported", "denied", "confirmed", "resolved"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const ATTACK_VECTORS = [
  "account-takeover",
  "phishing",
  "hot-wallet-compromise",
  "private-key-compromise",
  "smart-contract-exploit",
  "insider",
  "exit-scam",
  "social-engineering",
  "unknown",
  "other",
] as const;
export type AttackVector = (typeof ATTACK_VECTORS)[number];

export const EXCHANGE_STATUSES = ["active", "defunct", "merged", "renamed"] as const;
export const RELATION_KINDS = ["sister", "parent", "subsidiary"] as const;
export const TRI_STATE = ["yes", "no", "unknown"] as const;
export const TWO_FACTOR_LEVELS = ["mandatory", "offered", "no", "unknown"] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Only judged once the shape is right, so "Oct 5" gets one message, not two. */
function isRealCalendarDate(value: string): boolean {
  if (!ISO_DAY.test(value)) return true;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** YAML may hand us a Date (unquoted) or a string (quoted); both become "YYYY-MM-DD". */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: "must be a date written YYYY-MM-DD" })
    .regex(ISO_DAY, { error: (iss) => `must be a date written YYYY-MM-DD (got ${JSON.stringify(iss.input)})` })
    .refine(isRealCalendarDate, { error: (iss) => `is not a real calendar date (got ${JSON.stringify(iss.input)})` }),
);

export const httpsUrl = z
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
  z.string().regex(SLUG, { error: (iss) => `${what} must be a lowercase slug like "okex" (got ${JSON.stringify(iss.input)})` });

const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (iss) => `must be one of ${values.join(", ")} (got ${JSON.stringify(iss.input)})`,
  });

const flag = z.boolean({ error: (iss) => `must be true or false (got ${JSON.stringify(iss.input)})` });

const usd = z
  .number({ error: (iss) => `must be a number of US dollars (got ${JSON.stringify(iss.input)})` })
  .nonnegative({ error: (iss) => `must not be negative (got ${JSON.stringify(iss.input)})` })
  .finite();

export const sourceSchema = z.object({
  title: z.string().min(1, "source title is required"),
  url: httpsUrl,
  publisher: z.string().optional(),
  date: isoDate.optional(),
  archiveUrl: httpsUrl.optional(),
});

export const updateSchema = z.object({
  date: isoDate,
  note: z.string().min(1, "update note is required"),
  /** When an update changed the status, record it so the article can show a status timeline. */
  status: enumOf(INCIDENT_STATUSES).optional(),
});

export const incidentFrontmatter = z.object({
  title: z.string({ error: "is required: the headline of the report" }).min(1, "must not be empty"),
  date: isoDate,
  summary: z
    .string({ error: "is required: one or two sentences, at most 280 characters" })
    .min(1, "must not be empty")
    .max(280, { error: (iss) => `must be at most 280 characters (got ${String((iss.input as string).length)})` }),
  status: enumOf(INCIDENT_STATUSES),
  incidentDate: isoDate.optional(),
  lossUsd: usd.optional(),
  recoveredUsd: usd.optional(),
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
});
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

export const rankingSnapshotSchema = z.object({
  asOf: isoDate,
  source: httpsUrl,
  sourceTitle: z.string().optional(),
  volumeRank: rank,
  btcVolumeRank: rank.optional(),
  volume24hUsd: usd.optional(),
});

export const exchangeFrontmatter = z.object({
  name: z.string({ error: "is required" }).min(1),
  website: httpsUrl,
  country: z.string({ error: "is required: country or jurisdiction" }).min(1),
  founded: z.number().int().min(2008).max(2100).optional(),
  status: enumOf(EXCHANGE_STATUSES).default("active"),
  successor: slug("successor").optional(),
  relations: z.array(z.object({ slug: slug("related exchange"), kind: enumOf(RELATION_KINDS) })).default([]),
  security: z
    .object({
      twoFactor: sourced(enumOf(TWO_FACTOR_LEVELS)).optional(),
      proofOfReserves: sourced(enumOf(TRI_STATE)).extend({ lastPublished: isoDate.optional() }).optional(),
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
