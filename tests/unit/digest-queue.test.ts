/**
 * Queued digest delivery end to end: 2,000 recipients, the real `newsletter:digest` and two real
 * `npm run worker` processes against an in-process SMTP server; one worker is SIGKILLed midway.
 * Needs PostgreSQL (TEST_DATABASE_URL; CI always sets it).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChildProcess } from "node:child_process";
import { createNewsletterRepository } from "@/lib/db/newsletter";
import {
  createScratchDatabase,
  fakeAddresses,
  runScript,
  scriptEnv,
  startSmtpSink,
  startWorker,
  stopWorker,
  waitFor,
  type ScratchDatabase,
  type SmtpSink,
} from "@/tests/support";

const pgUrl = process.env.TEST_DATABASE_URL;
const RECIPIENTS = 2000;
const BOUNCE = "bounce@example.test";
const GREYLISTED = "greylisted@example.test";

describe.skipIf(!pgUrl)("digest through the PostgreSQL job queue", () => {
  let scratch: ScratchDatabase;
  let smtp: SmtpSink;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    smtp = await startSmtpSink({ permanent: [BOUNCE], temporaryOnce: [GREYLISTED] });
    scratch = await createScratchDatabase(pgUrl ?? "", [...fakeAddresses(RECIPIENTS - 2), BOUNCE, GREYLISTED]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(workers.map((w) => stopWorker(w, "SIGKILL")));
    await smtp.close();
    await scratch.drop();
  }, 60_000);

  it("mails every recipient exactly once although a worker is killed midway", { timeout: 180_000 }, async () => {
    const env = scriptEnv(scratch.url, smtp.port, { DIGEST_BATCH_SIZE: "20", WORKER_SEND_RATE: "0", WORKER_CONCURRENCY: "2" });
    const enqueued = await runScript("scripts/newsletter-digest.ts", ["--since", "2000-01-01"], env);
    expect(enqueued).toMatch(/Queued digest .*: 2000 recipient\(s\) in 100 job\(s\)/);

    const doomed = startWorker(env);
    const survivor = startWorker(env);
    workers.push(doomed, survivor);
    await waitFor("the first 400 deliveries", () => smtp.deliveries.length >= 400, 60_000);
    doomed.kill("SIGKILL");
    const deliveredAtKill = smtp.deliveries.length;

    const repo = createNewsletterRepository(scratch.handle.db);
    const digest = await repo.findLatestDigest();
    expect(digest?.recipients).toBe(RECIPIENTS);
    const digestId = digest?.id ?? "";
    await waitFor(
      "every send to be recorded",
      async () => {
        const c = await repo.countDigestSends(digestId);
        return (c.sent ?? 0) + (c.failed ?? 0) === RECIPIENTS;
      },
      120_000,
    );
    expect(deliveredAtKill).toBeLessThan(RECIPIENTS - 2);

    const counts = await repo.countDigestSends(digestId);
    expect(counts).toEqual({ sent: RECIPIENTS - 1, failed: 1 });
    expect((await repo.findDigest(digestId))?.completed_at).not.toBeNull();

    // One message per recipient: each got exactly one distinct Message-ID, and every ID is the
    // recipient's own. A mail accepted by SMTP in the instant before the killed worker recorded it is
    // sent again with the same Message-ID (at-least-once); at most one per killed send loop.
    const byRecipient = new Map<string, Set<string>>();
    for (const d of smtp.deliveries) byRecipient.set(d.to, (byRecipient.get(d.to) ?? new Set()).add(d.messageId));
    expect(byRecipient.size).toBe(RECIPIENTS - 1);
    for (const [, ids] of byRecipient) expect(ids.size).toBe(1);
    expect(smtp.deliveries.length - byRecipient.size).toBeLessThanOrEqual(2);

    // The permanent refusal was tried once, recorded as failed, never retried; the greylisted one came back.
    expect(byRecipient.has(BOUNCE)).toBe(false);
    expect(smtp.attempts.get(BOUNCE)).toBe(1);
    expect(smtp.attempts.get(GREYLISTED)).toBe(2);
    expect(byRecipient.get(GREYLISTED)?.size).toBe(1);

    const status = await runScript("scripts/newsletter-status.ts", [], env);
    expect(status).toMatch(/queued 0\s+sending 0\s+sent 1999\s+failed 1/);
  });
});
