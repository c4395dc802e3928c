/**
 * Environment, parsed once. Anything read from process.env goes through here so a typo'd or
 * malformed variable fails loudly with its name instead of misbehaving later.
 */
import { z } from "zod";
import { parseTrustProxy } from "@/lib/http/trust-proxy";

export const envSchema = z.object({
  SITE_URL: z
    .url({ protocol: /^https?$/, error: "SITE_URL must be an absolute http(s) URL such as https://breachdesk.example" })
    .default("http://localhost:3000")
    .transform((u) => u.replace(/\/+$/, "")),
  // Which peers may name the client in X-Forwarded-For: unset = none (the socket address is the client), a hop count, or addresses/CIDRs.
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const parsed = parseTrustProxy(raw);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Newsletter storage: PostgreSQL when DATABASE_URL is set, otherwise SQLite under DATA_DIR.
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// or postgresql:// URL" })
    .optional(),
  DATA_DIR: z.string().min(1).default("data"),
  // Mail: SMTP when SMTP_URL is set, otherwise .eml files under DATA_DIR/outbox.
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example:587" })
    .optional(),
  MAIL_FROM: z.string().min(3).default("Breachdesk <newsletter@localhost>"),
  // Signs unsubscribe links and hashes subscriber IPs; when unset, a random key kept in the database is used.
  NEWSLETTER_SECRET: z.string().min(32, "NEWSLETTER_SECRET must be at least 32 characters").optional(),
  // Signups allowed per IP and per address within NEWSLETTER_RATE_WINDOW_SECONDS.
  NEWSLETTER_IP_LIMIT: z.coerce.number().int().positive().default(10),
  NEWSLETTER_ADDRESS_LIMIT: z.coerce.number().int().positive().default(3),
  // Caps on confirmation mails per window, however the addresses are spelled: per mail domain and for the whole site.
  NEWSLETTER_DOMAIN_LIMIT: z.coerce.number().int().positive().default(100),
  NEWSLETTER_GLOBAL_LIMIT: z.coerce.number().int().positive().default(1000),
  NEWSLETTER_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(3600),
  // The mail outbox (signups and confirmation mails, drained by the app and the worker): poll interval, retries.
  OUTBOX_POLL_SECONDS: z.coerce.number().positive().max(3600).default(5),
  OUTBOX_RETRY_SECONDS: z.coerce.number().int().min(1).default(30),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  // A claimed row whose process died is taken over after this long; keep it above the SMTP timeout.
  OUTBOX_LOCK_SECONDS: z.coerce.number().int().min(1).default(120),
  // Digest delivery through the PostgreSQL job queue (npm run worker); see docs/deployment.md.
  DIGEST_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  WORKER_SEND_RATE: z.coerce.number().min(0).default(50),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  WORKER_SMTP_CONNECTIONS: z.coerce.number().int().min(1).max(100).default(5),
  DIGEST_RETRY_LIMIT: z.coerce.number().int().min(0).default(6),
  DIGEST_RETRY_DELAY_SECONDS: z.coerce.number().int().min(0).default(60),
  DIGEST_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(1).default(300),
  QUEUE_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).default(30),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  // An empty variable (FOO= in a .env file or a CI matrix) means "unset", not "invalid".
  const result = envSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

export const env: Env = parseEnv(process.env);

export function absoluteUrl(path: string): string {
  return new URL(path, `${env.SITE_URL}/`).toString();
}

/**
 * In production SITE_URL must be https: it is the only allowed Origin for form posts, and the base of the
 * links in every mail (List-Unsubscribe over http leaks the unsubscribe token and is refused by some providers).
 * Returned, not thrown, so a local `npm start` on http://localhost still runs; the server prints it at start.
 */
export function insecureSiteUrlWarning(e: Pick<Env, "NODE_ENV" | "SITE_URL">): string | undefined {
  if (e.NODE_ENV !== "production" || !e.SITE_URL.startsWith("http:")) return undefined;
  const bar = "!".repeat(78);
  return [
    bar,
    `!! WARNING: SITE_URL is ${e.SITE_URL} (http) in production.`,
    "!! Form posts are only accepted from this origin, and every mail's confirmation and List-Unsubscribe",
    "!! links will be plain http. Set SITE_URL=https://… for a public deployment (see docs/deployment.md).",
    bar,
  ].join("\n");
}
