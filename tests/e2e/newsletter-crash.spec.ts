import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { test, expect } from "./fixtures";
import { startBuiltSite, type BuiltSite } from "../support/site";

/**
 * Crash test: the production server (next start, SQLite in a fresh DATA_DIR) is SIGKILLed several
 * times while signups are in flight. The answer only waits for the signup to be queued in the outbox, so
 * a last start drains whatever the crashes left; then every address that got a 2xx must be stored once, in
 * a database that passes PRAGMA integrity_check, with its confirmation mail written (SMTP_URL unset: .eml
 * files). Runs against the build the main web server made.
 */
const PORT = Number(process.env.E2E_CRASH_PORT ?? 4310);
const BASE = `http://127.0.0.1:${String(PORT)}`;
const ROUNDS = 4;
const CONCURRENCY = 16;
const ACKS_BEFORE_KILL = 25;

function startServer(dataDir: string): Promise<BuiltSite> {
  return startBuiltSite({
    port: PORT,
    env: {
      SITE_URL: BASE,
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      SMTP_URL: "",
      NEWSLETTER_IP_LIMIT: "100000",
      NEWSLETTER_ADDRESS_LIMIT: "3",
      // The row a killed server held is taken over after this (production: 120 s, above the SMTP timeout).
      OUTBOX_LOCK_SECONDS: "3",
    },
  });
}

async function signup(email: string): Promise<number> {
  try {
    const response = await fetch(`${BASE}/api/newsletter/subscribe`, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email, source: "/" }).toString(),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    // The connection died with the server: the client never got an answer, so nothing was promised.
    return 0;
  }
}

test("signups acknowledged before a SIGKILL survive it, once each, in an intact database", async () => {
  test.setTimeout(240_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "breachdesk-crash-"));
  const acknowledged: string[] = [];
  const refused: number[] = [];
  let sent = 0;
  let server: BuiltSite | undefined;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      server = await startServer(dataDir);
      const running = server;
      let acksThisRound = 0;
      let killing: Promise<void> | undefined;
      const worker = async () => {
        while (!killing) {
          const email = `crash-${String(round)}-${String(sent++)}@example.com`;
          const status = await signup(email);
          if (status >= 200 && status < 300) {
            acknowledged.push(email);
            if (++acksThisRound >= ACKS_BEFORE_KILL) killing ??= running.kill();
          } else if (status !== 0) {
            refused.push(status);
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      await killing;
      server = undefined;
    }
    // One more start: the outbox runner picks up what the killed servers had acknowledged but not yet done.
    server = await startServer(dataDir);
    const pendingWork = () => {
      const db = new Database(path.join(dataDir, "breachdesk.sqlite"), { readonly: true });
      try {
        return (db.prepare("SELECT COUNT(*) AS n FROM mail_outbox WHERE status = 'pending'").get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    await expect.poll(pendingWork, { message: "outbox drained after the restart", timeout: 60_000 }).toBe(0);
    await server.kill();
    server = undefined;
  } finally {
    if (server) await server.kill();
  }

  test.info().annotations.push({ type: "crash test", description: `${String(ROUNDS)} SIGKILLs, ${String(sent)} signups sent, ${String(acknowledged.length)} acknowledged` });
  expect(refused, "no signup was refused with an error while the server ran").toEqual([]);
  expect(acknowledged.length).toBeGreaterThanOrEqual(ROUNDS * ACKS_BEFORE_KILL);
  const db = new Database(path.join(dataDir, "breachdesk.sqlite"));
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const rows = db.prepare("SELECT email_key AS key, COUNT(*) AS n FROM subscribers GROUP BY email_key").all() as { key: string; n: number }[];
    const stored = new Map(rows.map((r) => [r.key, r.n]));
    const missing = acknowledged.filter((email) => !stored.has(email));
    expect(missing, "acknowledged signups missing after the crashes").toEqual([]);
    expect(rows.filter((r) => r.n > 1), "duplicated subscribers").toEqual([]);
    const tokens = db.prepare("SELECT COUNT(*) AS n FROM confirm_tokens ct LEFT JOIN subscribers s ON s.id = ct.subscriber_id WHERE s.id IS NULL").get() as { n: number };
    expect(tokens.n, "confirm tokens without a subscriber").toBe(0);
    const failed = db.prepare("SELECT COUNT(*) AS n FROM mail_outbox WHERE status != 'done'").get() as { n: number };
    expect(failed.n, "outbox rows not done").toBe(0);
    // Every acknowledged signup's confirmation mail exists (at least once: a crash mid-send may repeat one).
    const mailDir = path.join(dataDir, "outbox");
    const mailed = new Set(
      fs.readdirSync(mailDir).flatMap((f) => /^To: (\S+)$/m.exec(fs.readFileSync(path.join(mailDir, f), "utf8"))?.[1] ?? []),
    );
    expect(acknowledged.filter((email) => !mailed.has(email)), "acknowledged signups without a confirmation mail").toEqual([]);
  } finally {
    db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
