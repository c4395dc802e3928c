/**
 * npm run bench:digest -- [--count 2000] [--workers 1,2] [--rate 0] [--concurrency 4]
 * Queued digest throughput: for each worker count, a fresh database with `count` confirmed subscribers, the
 * real `newsletter:digest` enqueue and that many `npm run worker` processes against an in-process SMTP
 * server. Mails/s = recipients / (last delivery recorded − first delivery). Needs PostgreSQL:
 * TEST_DATABASE_URL (or BENCH_DATABASE_URL). Writes bench/results/digest-<time>.json.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createNewsletterRepository } from "@/lib/db/newsletter";
import { createScratchDatabase, fakeAddresses, runScript, scriptEnv, startSmtpSink, startWorker, stopWorker, waitFor } from "@/tests/support";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "2000" },
    workers: { type: "string", default: "1,2" },
    rate: { type: "string", default: "0" },
    concurrency: { type: "string", default: "4" },
  },
});
const count = Number(values.count);
const workerCounts = values.workers.split(",").map(Number);
const baseUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (!baseUrl || !Number.isInteger(count) || count < 1 || workerCounts.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error("bench:digest needs TEST_DATABASE_URL (or BENCH_DATABASE_URL), a positive --count and --workers like 1,2");
  process.exit(2);
}

type Run = { workers: number; recipients: number; seconds: number; mailsPerSecond: number };
const runs: Run[] = [];
for (const workers of workerCounts) {
  const smtp = await startSmtpSink({ keepRaw: false });
  const scratch = await createScratchDatabase(baseUrl, fakeAddresses(count));
  const env = scriptEnv(scratch.url, smtp.port, { WORKER_SEND_RATE: values.rate, DIGEST_BATCH_SIZE: "50", WORKER_CONCURRENCY: values.concurrency });
  const children = Array.from({ length: workers }, () => startWorker(env));
  try {
    await Promise.all(children.map((c) => c.ready));
    await runScript("scripts/newsletter-digest.ts", ["--since", "2000-01-01"], env);
    const repo = createNewsletterRepository(scratch.handle.db);
    const digestId = (await repo.findLatestDigest())?.id ?? "";
    await waitFor("the digest to complete", async () => ((await repo.countDigestSends(digestId)).sent ?? 0) === count, 600_000);
    const done = Date.now();
    const first = Math.min(...smtp.deliveries.map((d) => d.at));
    const seconds = (done - first) / 1000;
    runs.push({ workers, recipients: count, seconds, mailsPerSecond: Math.round(count / seconds) });
    console.log(`${String(workers)} worker(s): ${String(count)} mails in ${seconds.toFixed(2)} s → ${String(Math.round(count / seconds))} mails/s`);
  } finally {
    await Promise.all(children.map((c) => stopWorker(c)));
    await smtp.close();
    await scratch.drop();
  }
}

const result = { at: new Date().toISOString(), cpus: os.cpus().length, sendRate: values.rate, batchSize: 50, concurrencyPerWorker: Number(values.concurrency), runs };
const file = path.join(import.meta.dirname, "results", `digest-${result.at.replace(/[:.]/g, "-")}.json`);
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), file)}`);
