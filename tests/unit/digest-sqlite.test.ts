/**
 * `npm run newsletter:digest` on SQLite runs the same delivery engine as the PostgreSQL workers, through an
 * in-process queue: a real script run against a real SMTP server, a temporary refusal, and a rerun.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/lib/db/connection";
import { sqliteFile } from "@/lib/db";
import { createNewsletterRepository } from "@/lib/db/newsletter";
import { fakeAddresses, insertConfirmedSubscribers, runScript, scriptEnv, startSmtpSink, type SmtpSink } from "@/tests/support";

const GREYLISTED = "greylisted@example.test";
const BOUNCE = "bounce@example.test";

describe("digest on SQLite through the in-process queue", () => {
  let smtp: SmtpSink;
  let handle: DatabaseHandle;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "breachdesk-digest-sqlite-"));

  beforeAll(async () => {
    smtp = await startSmtpSink({ permanent: [BOUNCE], temporaryOnce: [GREYLISTED] });
    handle = await openDatabase({ kind: "sqlite", file: sqliteFile(dataDir) });
    await insertConfirmedSubscribers(handle, [...fakeAddresses(48), GREYLISTED, BOUNCE]);
  }, 60_000);

  afterAll(async () => {
    await smtp.close();
    await handle.close();
  });

  it("mails each subscriber once; a temporary refusal is left for the rerun, a bounce is final", { timeout: 120_000 }, async () => {
    const env = scriptEnv("", smtp.port, { DATA_DIR: dataDir, DIGEST_BATCH_SIZE: "10" });
    const first = await runScript("scripts/newsletter-digest.ts", ["--since", "2000-01-01"], env).then(
      () => "exit 0",
      (error: unknown) => String(error),
    );
    expect(first).toMatch(/exited 1/);
    expect(first).toMatch(/Sent 48, failed for good 1, already handled 0, left for a rerun 1/);
    expect(smtp.deliveries).toHaveLength(48);

    const second = await runScript("scripts/newsletter-digest.ts", [], env);
    expect(second).toMatch(/Resuming unfinished digest/);
    expect(second).toMatch(/Sent 1, failed for good 0, already handled 49, left for a rerun 0/);
    const recipients = smtp.deliveries.map((d) => d.to);
    expect(new Set(recipients).size).toBe(49);
    expect(recipients.filter((to) => to === GREYLISTED)).toHaveLength(1);
    expect(recipients).not.toContain(BOUNCE);

    const repo = createNewsletterRepository(handle.db);
    const digest = await repo.findLatestDigest();
    expect(digest?.completed_at).not.toBeNull();
    expect(await repo.countDigestSends(digest?.id ?? "")).toEqual({ sent: 49, failed: 1 });
  });
});
