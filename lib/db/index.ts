/**
 * The only place SQL lives. The app's database comes from the environment: PostgreSQL when DATABASE_URL
 * is set, otherwise SQLite at DATA_DIR/breachdesk.sqlite, created and migrated on first use.
 */
// Server code only: a client component importing this fails the build instead of shipping secrets or SQL.
import "server-only";
import path from "node:path";
import { sql } from "kysely";
import { env } from "@/lib/env";
import { openDatabase, type DatabaseConfig, type DatabaseHandle } from "./connection";
import { createNewsletterRepository, type NewsletterRepository } from "./newsletter";
import { createRateLimitRepository, type RateLimitRepository } from "./rate-limits";
import { createOutboxRepository, type OutboxRepository } from "./outbox";
import { createTransact, type Transact } from "./transaction";

export type { DatabaseHandle } from "./connection";
export type { NewsletterRepository } from "./newsletter";
export type { RateLimitRepository } from "./rate-limits";
export type { OutboxRepository } from "./outbox";
export type { Transact } from "./transaction";
export * from "./schema";

export function sqliteFile(dataDir: string): string {
  return path.join(dataDir, "breachdesk.sqlite");
}

function databaseConfigFromEnv(): DatabaseConfig {
  return env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "sqlite", file: sqliteFile(env.DATA_DIR) };
}

let opening: Promise<DatabaseHandle> | undefined;

/** One handle per process, opened lazily so `next build` never touches a database. */
export function getDatabase(): Promise<DatabaseHandle> {
  opening ??= openDatabase(databaseConfigFromEnv()).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

export async function getNewsletterRepository(): Promise<NewsletterRepository> {
  return createNewsletterRepository((await getDatabase()).db);
}

export async function getRateLimitRepository(): Promise<RateLimitRepository> {
  return createRateLimitRepository((await getDatabase()).db);
}

export async function getOutboxRepository(): Promise<OutboxRepository> {
  return createOutboxRepository((await getDatabase()).db);
}

export async function getTransact(): Promise<Transact> {
  return createTransact((await getDatabase()).db);
}

/** For health checks: true when a trivial query succeeds. Errors are the caller's to log, never to show. */
export async function pingDatabase(): Promise<void> {
  const { db } = await getDatabase();
  await sql`select 1`.execute(db);
}

/** For command-line tools: let the process exit once the work is done. */
export async function closeDatabase(): Promise<void> {
  const pending = opening;
  opening = undefined;
  if (pending) await (await pending).close();
}
