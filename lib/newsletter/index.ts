/** The app's newsletter service, wired to the database and mailer the environment names. */
import crypto from "node:crypto";
import { env } from "@/lib/env";
import { getNewsletterRepository } from "@/lib/db";
import { getMailer, mailFromAddress } from "@/lib/mail";
import { createRateLimiter } from "./rate-limit";
import { createNewsletterService, type NewsletterService } from "./service";

export * from "./service";
export { parseEmail } from "./email";
export { createRateLimiter } from "./rate-limit";

let service: Promise<NewsletterService> | undefined;

async function build(): Promise<NewsletterService> {
  const repo = await getNewsletterRepository();
  const windowMs = env.NEWSLETTER_RATE_WINDOW_SECONDS * 1000;
  let secret: string | undefined = env.NEWSLETTER_SECRET;
  return createNewsletterService({
    repo,
    mailer: getMailer(),
    siteUrl: env.SITE_URL,
    unsubscribeMailbox: mailFromAddress(),
    secret: async () => (secret ??= await repo.getOrCreateSecret("newsletter", () => crypto.randomBytes(32).toString("base64url"))),
    limits: {
      perIp: createRateLimiter({ limit: env.NEWSLETTER_IP_LIMIT, windowMs }),
      perAddress: createRateLimiter({ limit: env.NEWSLETTER_ADDRESS_LIMIT, windowMs }),
    },
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
