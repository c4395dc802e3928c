/**
 * npm run worker — delivers queued digest batches (PostgreSQL deployments). Run as many as you like, on
 * any machines that reach the database and the SMTP relay. SIGTERM/SIGINT finish the current batches and exit.
 * Send rate per process: WORKER_SEND_RATE mails/s (0 = unlimited); WORKER_CONCURRENCY batches at a time.
 */
import { env } from "@/lib/env";
import { closeDatabase, getDatabase } from "@/lib/db";
import { createDigestDeliveryFromEnv, openDigestQueue } from "@/lib/newsletter/queue";
import { startOutbox } from "@/lib/newsletter";

async function main(): Promise<void> {
  const db = await getDatabase();
  if (db.kind !== "postgres") {
    console.error("npm run worker needs PostgreSQL (DATABASE_URL). With SQLite, `npm run newsletter:digest` delivers itself, through the same engine and an in-process queue.");
    process.exitCode = 2;
    return;
  }
  const { delivery, mailer } = await createDigestDeliveryFromEnv({ forWorker: true });
  if (mailer.kind !== "smtp") console.warn("[worker] SMTP_URL is not set: digests are written to the outbox directory.");
  // Confirmation mails: the same outbox the app instances drain (rows are claimed, so sharing is safe).
  const outbox = startOutbox();
  const queue = await openDigestQueue();
  await queue.work(env.WORKER_CONCURRENCY, async (batch) => {
    const result = await delivery.deliverBatch(batch);
    console.log(`[worker] digest ${batch.digestId}: sent ${String(result.sent)}, failed ${String(result.failed)}, already done ${String(result.skipped)}`);
  });
  console.log(
    `[worker] ${String(process.pid)} delivering from ${db.location} (rate ${env.WORKER_SEND_RATE > 0 ? `${String(env.WORKER_SEND_RATE)}/s` : "unlimited"}, concurrency ${String(env.WORKER_CONCURRENCY)})`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[worker] ${signal}: finishing current batches`);
    outbox.stop();
    queue
      .stop({ graceful: true })
      .then(async () => {
        mailer.close();
        await closeDatabase();
      })
      .catch((error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await closeDatabase();
  process.exitCode = 1;
});
