/**
 * Wiring for digest delivery: the queue (pg-boss on PostgreSQL; in-process on SQLite), the mailer and the
 * delivery rules, configured from the environment. Kept out of ./index so the web app never loads pg-boss.
 */
// Server code only: a client component importing this fails the build instead of shipping secrets or SQL.
import "server-only";
import { env } from "@/lib/env";
import { getNewsletterRepository } from "@/lib/db";
import { createMailer, mailFromAddress, mailerConfigFromEnv, type Mailer } from "@/lib/mail";
import { openJobQueue, type JobQueue } from "@/lib/queue";
import { createDigestDelivery, type DigestBatch, type DigestDelivery } from "./delivery";
import { getNewsletterService } from "./index";
import { createSendPacer } from "./send-rate";

const DIGEST_QUEUE = "newsletter-digest";

export function queueEnabled(): boolean {
  return env.DATABASE_URL !== undefined;
}

export async function openDigestQueue(): Promise<JobQueue<DigestBatch> & { durable: true }> {
  if (!env.DATABASE_URL) throw new Error("The digest queue needs PostgreSQL: set DATABASE_URL (SQLite deployments deliver through an in-process queue inside `newsletter:digest`).");
  const queue = await openJobQueue<DigestBatch>(
    DIGEST_QUEUE,
    {
      url: env.DATABASE_URL,
      retryLimit: env.DIGEST_RETRY_LIMIT,
      retryDelaySeconds: env.DIGEST_RETRY_DELAY_SECONDS,
      expireSeconds: env.DIGEST_JOB_EXPIRE_SECONDS,
      maintenanceSeconds: env.QUEUE_MAINTENANCE_SECONDS,
    },
    (error) => console.error(`[queue] ${error.message}`),
  );
  return { ...queue, durable: true };
}

export async function createDigestDeliveryFromEnv(options: { forWorker: boolean }): Promise<{ delivery: DigestDelivery; mailer: Mailer }> {
  const base = mailerConfigFromEnv();
  const mailer = createMailer(base.kind === "smtp" && options.forWorker ? { ...base, maxConnections: env.WORKER_SMTP_CONNECTIONS } : base);
  const delivery = createDigestDelivery({
    repo: await getNewsletterRepository(),
    service: await getNewsletterService(),
    mailer,
    messageIdDomain: mailFromAddress().split("@")[1] ?? "localhost",
    claimLeaseSeconds: env.DIGEST_JOB_EXPIRE_SECONDS,
    pace: createSendPacer(env.WORKER_SEND_RATE),
  });
  return { delivery, mailer };
}
