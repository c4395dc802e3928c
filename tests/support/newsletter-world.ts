/**
 * A throwaway newsletter world: a scratch database (a fresh PostgreSQL database, or any handle) holding N
 * confirmed subscribers, and helpers to run `newsletter:digest` and `npm run worker` as real child
 * processes. With ./smtp for the mail side; used by the digest tests and `npm run bench:digest`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { openDatabase, type DatabaseHandle } from "@/lib/db/connection";
import { createNewsletterRepository } from "@/lib/db/newsletter";

const ROOT = path.resolve(import.meta.dirname, "../..");
// Node itself with tsx's loader, not the tsx CLI: the CLI runs the script in a grandchild, which a SIGKILL
// to the CLI would leave running. react-server: the condition under which `server-only` is allowed, as in Next.
const NODE_ARGS = ["--conditions=react-server", "--import", "tsx"];

export type ScratchDatabase = { url: string; handle: DatabaseHandle; drop(): Promise<void> };

/** A new database in the cluster `baseUrl` points at (pg-boss keeps its own schema there too). */
/** Confirmed subscribers, as if each had signed up and clicked the link. */
export async function insertConfirmedSubscribers(handle: DatabaseHandle, subscribers: string[]): Promise<void> {
  const repo = createNewsletterRepository(handle.db);
  const at = new Date().toISOString();
  for (const email of subscribers) {
    await repo.insertSubscriber({
      id: crypto.randomUUID(),
      email,
      email_key: email,
      status: "confirmed",
      created_at: at,
      updated_at: at,
      consent_at: at,
      consent_source: "test",
      consent_ip_hash: null,
      confirmed_at: at,
      unsubscribed_at: null,
    });
  }
}

export async function createScratchDatabase(baseUrl: string, subscribers: string[]): Promise<ScratchDatabase> {
  const name = `bd_scratch_${crypto.randomBytes(5).toString("hex")}`;
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString() });
  await insertConfirmedSubscribers(handle, subscribers);
  return {
    url: url.toString(),
    handle,
    async drop() {
      await handle.close();
      const c = new Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export function fakeAddresses(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `reader${String(i).padStart(6, "0")}@example.test`);
}

export function scriptEnv(databaseUrl: string, smtpPort: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    SMTP_URL: `smtp://127.0.0.1:${String(smtpPort)}`,
    MAIL_FROM: "Breachdesk <digest@breachdesk.test>",
    SITE_URL: "https://breachdesk.test",
    NEWSLETTER_SECRET: "test-secret-test-secret-test-secret-0123",
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "breachdesk-digest-")),
    DIGEST_RETRY_DELAY_SECONDS: "1",
    DIGEST_JOB_EXPIRE_SECONDS: "5",
    QUEUE_MAINTENANCE_SECONDS: "1",
    ...extra,
  };
}

/** Runs a script to completion; rejects with its output when it fails. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_ARGS, script, ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} exited ${String(code)}:\n${out}`))));
  });
}

export function startWorker(env: NodeJS.ProcessEnv): ChildProcess & { ready: Promise<void> } {
  const child = spawn(process.execPath, [...NODE_ARGS, "scripts/worker.ts"], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stderr.on("data", (d: Buffer) => process.stderr.write(`[worker ${String(child.pid)}] ${d.toString()}`));
  const ready = new Promise<void>((resolve) => {
    child.stdout.on("data", (d: Buffer) => {
      if (d.toString().includes("delivering from")) resolve();
    });
  });
  return Object.assign(child, { ready });
}

/** Polls until `check` is true; rejects after `timeoutMs` with `what`. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function stopWorker(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill(signal);
  });
}
