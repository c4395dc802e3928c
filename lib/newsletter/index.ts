/** The app's newsletter service, wired to the database and mailer the environment names. */
import crypto from "node:crypto";
import { env } from "@/lib/env";
import { getDatabase, getNewsletterRepository, getRateLimitRepository } from "@/lib/db";
import { getMailer, mailFromAddress } from "@/lib/mail";
import { createRateLimiter, createSharedRateLimiter, type RateLimiter } from "./rate-limit";
import { createNewsletterService, type NewsletterService } from "./service";
import { hashIp } from "./tokens";

export * from "./service";
export { parseEmail } from "./email";
export { createRateLimiter, createSharedRateLimiter, type RateLimiter } from "./rate-limit";

let service: Promise<NewsletterService> | undefined;

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
    mailer: getMailer(),
    siteUrl: env.SITE_URL,
    unsubscribeMailbox: mailFromAddress(),
    secret: getSecret,
    limits: { perIp: await limiter("ip", env.NEWSLETTER_IP_LIMIT), perAddress: await limiter("address", env.NEWSLETTER_ADDRESS_LIMIT) },
  });
}

export function getNewsletterService(): Promise<NewsletterService> {
  service ??= build().catch((error: unknown) => {
    service = undefined;
    throw error;
  });
  return service;
}
export * from "./messages";
export { signupFormSchema, tokenFormSchema } from "./requests";
