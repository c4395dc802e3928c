/**
 * npm run newsletter:digest -- [--since YYYY-MM-DD] [--dry-run]
 * Mails incidents published since the last digest to every confirmed subscriber, through the one delivery
 * engine (lib/newsletter/delivery.ts): fanned out as batches into a queue. PostgreSQL (DATABASE_URL): the
 * durable job queue, and `npm run worker` delivers. SQLite: an in-process queue, delivered right here.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { absoluteUrl, env } from "@/lib/env";
import { listIncidentsPublishedSince } from "@/lib/content";
import { STATUS_INFO } from "@/lib/content/model";
import { getDatabase } from "@/lib/db";
import { getMailer } from "@/lib/mail";
import { createInProcessQueue } from "@/lib/queue/in-process";
import type { DigestBatch } from "@/lib/newsletter/delivery";
import { getNewsletterService } from "@/lib/newsletter";
import { createDigestDeliveryFromEnv, openDigestQueue } from "@/lib/newsletter/queue";
import { runDatabaseScript } from "./support/run-database-script";
import { incidentPath } from "@/lib/routes";

const argsSchema = z.object({
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "--since must be a date like 2026-01-31")
    .refine((d) => !Number.isNaN(Date.parse(d)), "--since is not a real calendar date")
    .optional(),
  "dry-run": z.boolean(),
});

function progressBar(done: number, total: number): void {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(done)}/${String(total)}`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? "\n" : ""}`);
  else if (done === total || done % Math.max(1, Math.floor(total / 10)) === 0) process.stderr.write(`${line}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { since: { type: "string" }, "dry-run": { type: "boolean", default: false } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`newsletter:digest: ${issue.message}`);
    return 2;
  }
  const args = parsed.data;
  const db = await getDatabase();
  const service = await getNewsletterService();
  const plan = await service.planDigest({
    since: args.since,
    listItemsSince: (since) =>
      listIncidentsPublishedSince(since).map((i) => ({
        title: i.title,
        url: absoluteUrl(incidentPath(i.slug)),
        summary: i.summary,
        date: i.date,
        status: STATUS_INFO[i.status].label,
      })),
  });
  console.log(`Database: ${db.location}; mail: ${getMailer().kind === "smtp" ? "SMTP" : "outbox .eml files"}`);
  console.log(`${plan.resumed ? "Resuming unfinished digest" : "Digest"} of ${String(plan.items.length)} report(s) published since ${plan.since}:`);
  for (const item of plan.items) console.log(`  ${item.date}  ${item.title}`);
  console.log(`Confirmed subscribers: ${String(plan.recipients)}`);
  if (plan.items.length === 0) {
    console.log("Nothing new to send.");
    return 0;
  }
  if (args["dry-run"]) {
    console.log("Dry run: nothing sent, nothing recorded.");
    return 0;
  }
  const { delivery, mailer } = await createDigestDeliveryFromEnv({ forWorker: false });
  if (db.kind === "postgres") {
    mailer.close();
    const queue = await openDigestQueue();
    try {
      const queued = await delivery.enqueue(plan, env.DIGEST_BATCH_SIZE, queue);
      console.log(`Queued digest ${queued.digestId}: ${String(queued.recipients)} recipient(s) in ${String(queued.jobs)} job(s).`);
      console.log("Workers deliver it: `npm run worker` (any number of them); progress: `npm run newsletter:status`.");
    } finally {
      await queue.stop({ graceful: false });
    }
    return 0;
  }
  const queue = createInProcessQueue<DigestBatch>();
  const queued = await delivery.enqueue(plan, env.DIGEST_BATCH_SIZE, queue);
  const totals = { sent: 0, failed: 0, skipped: 0, deferred: 0 };
  let done = 0;
  try {
    await queue.work(1, async (batch) => {
      try {
        await delivery.deliverBatchCounted(batch, totals);
      } finally {
        done += batch.subscriberIds.length;
        progressBar(done, queued.recipients);
      }
    });
  } finally {
    mailer.close();
  }
  const failures = queue.failures();
  console.log(
    `Sent ${String(totals.sent)}, failed for good ${String(totals.failed)}, already handled ${String(totals.skipped)}, left for a rerun ${String(totals.deferred)} (digest ${queued.digestId}).`,
  );
  for (const failure of failures.slice(0, 5)) console.error(`  ${failure.error.message}`);
  if (failures.length > 0) {
    console.error(
      `Some sends were refused for now or interrupted by an earlier crash: rerun the same command to retry only those (an interrupted send is resent once, after DIGEST_JOB_EXPIRE_SECONDS=${String(env.DIGEST_JOB_EXPIRE_SECONDS)}).`,
    );
    return 1;
  }
  return 0;
}

runDatabaseScript(async () => {
  const code = await main();
  getMailer().close();
  return code;
});
