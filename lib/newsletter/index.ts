/** The app's newsletter service, wired to the database and mailer the environment names. */
// Server code only: a client component importing this fails the build instead of shipping secrets or SQL.
import "server-only";
import crypto from "node:crypto";
import { env } from "@/lib/env";
import { getDatabase, getNewsletterRepository, getOutboxRepository, getRateLimitRepository, getTransact } from "@/lib/db";
import { getMailer, mailFromAddress } from "@/lib/mail";
import { createOutboxRunner, type OutboxRunner } from "./outbox-runner";
import { createRateLimiter, createSharedRateLimiter, type RateLimiter } from "./rate-limit";
import { createNewsletterService, type NewsletterService } from "./service";
import { hashIp } from "./tokens";

export * from "./service";

let service: Promise<NewsletterService> | undefined;

/**
 * One outbox runner per process, kept on globalThis: Next bundles route handlers and instrumentation.ts
 * separately, and each bundle has its own copy of this module.
 */
const RUNNER = Symbol.for("breachdesk.outbox-runner");
type WithRunner = typeof globalThis & { [RUNNER]?: OutboxRunner };

function outboxRunner(): OutboxRunner {
  const g = globalThis as WithRunner;
  g[RUNNER] ??= createOutboxRunner({
    pollMs: env.OUTBOX_POLL_SECONDS * 1000,
    drain: async () => (await getNewsletterService()).deliverQueued(),
  });
  return g[RUNNER];
}

async function build(): Promise<NewsletterService> {
  const repo = await getNewsletterRepository();
  const windowMs = env.NEWSLETTER_RATE_WINDOW_SECONDS * 1000;
  let secret: string | undefined = env.NEWSLETTER_SECRET;
  const getSecret = async () => (secret ??= await repo.getOrCreateSecret("newsletter", () => crypto.randomBytes(32).toString("base64url")));
  // Several instances share PostgreSQL: counters live there, or each instance would allow the full limit.
  const shared = (await getDatabase()).kind === "postgres";
  const limiter = async (scope: string, limit: number): Promise<RateLimiter> =>
    shared
      ? createSharedRateLimiter({ store: await getRateLimitRepository(), scope, limit, windowMs, hashKey: async (key) => hashIp(key, await getSecret()) })
      : createRateLimiter({ limit, windowMs });
  return createNewsletterService({
    repo,
    outbox: await getOutboxRepository(),
    transact: await getTransact(),
    mailer: getMailer(),
    siteUrl: env.SITE_URL,
    unsubscribeMailbox: mailFromAddress(),
    secret: getSecret,
    limits: {
      perIp: await limiter("ip", env.NEWSLETTER_IP_LIMIT),
      perAddress: await limiter("address", env.NEWSLETTER_ADDRESS_LIMIT),
      perDomain: await limiter("domain", env.NEWSLETTER_DOMAIN_LIMIT),
      global: await limiter("global", env.NEWSLETTER_GLOBAL_LIMIT),
    },
    onQueued: () => outboxRunner().kick(),
    outboxPolicy: { retryBaseSeconds: env.OUTBOX_RETRY_SECONDS, maxAttempts: env.OUTBOX_MAX_ATTEMPTS, lockSeconds: env.OUTBOX_LOCK_SECONDS },
  });
}

export function getNewsletterService(): Promise<NewsletterService> {
  service ??= build().catch((error: unknown) => {
    service = undefined;
    throw error;
  });
  return service;
}

/** Starts draining the outbox in this process now (server start-up): work left by a crash goes out without waiting for a signup. */
export function startOutbox(): OutboxRunner {
  const runner = outboxRunner();
  void runner.drainNow();
  return runner;
}
export * from "./messages";
export { signupFormSchema, tokenFormSchema } from "./requests";
