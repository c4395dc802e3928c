/**
 * npm run newsletter:status — progress of the latest digest: queued / sending / sent / failed recipients,
 * and the job queue's size when delivery goes through PostgreSQL.
 */
import { getDatabase } from "@/lib/db";
import { createDigestDeliveryFromEnv, openDigestQueue, queueEnabled } from "@/lib/newsletter/queue";
import { runDatabaseScript } from "./support/run-database-script";

async function main(): Promise<void> {
  const db = await getDatabase();
  const { delivery, mailer } = await createDigestDeliveryFromEnv({ forWorker: false });
  mailer.close();
  const p = await delivery.latestProgress();
  console.log(`Database: ${db.location}`);
  if (!p) {
    console.log("No digest has been sent yet.");
    return;
  }
  console.log(`Digest ${p.digestId} (created ${p.createdAt})${p.completed ? ", completed" : ""}`);
  console.log(`recipients ${String(p.recipients)}  queued ${String(p.queued)}  sending ${String(p.sending)}  sent ${String(p.sent)}  failed ${String(p.failed)}`);
  if (queueEnabled()) {
    const queue = await openDigestQueue();
    const jobs = await queue.counts();
    console.log(`queue jobs: waiting ${String(jobs.waiting)}  active ${String(jobs.active)}`);
    await queue.stop({ graceful: false });
  }
}

runDatabaseScript(main);
