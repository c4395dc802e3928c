/**
 * Opening and migrating a database. SQLite (better-sqlite3, WAL) unless a PostgreSQL URL is given;
 * either way the same migrations run before the first query.
 */
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Pool } from "pg";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import { migrationProvider } from "./migrations";
import type { Database } from "./schema";

export type DatabaseConfig =
  | { kind: "sqlite"; file: string }
  | {
      kind: "postgres";
      url: string;
      /** Run inside this schema (created if missing): isolates test runs. */
      schema?: string;
      dropSchemaOnClose?: boolean;
    };

export type DatabaseHandle = {
  kind: DatabaseConfig["kind"];
  db: Kysely<Database>;
  /** Where the data lives, for logs: the SQLite path or the Postgres host/database without credentials. */
  location: string;
  close(): Promise<void>;
};

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function describePostgres(url: string): string {
  const u = new URL(url);
  return `postgres://${u.host}${u.pathname}`;
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (config.kind === "sqlite") {
    fs.mkdirSync(path.dirname(path.resolve(config.file)), { recursive: true });
    const sqlite = new SQLite(config.file);
    // WAL lets readers proceed while a signup writes; busy_timeout waits out a concurrent writer (e.g. the digest CLI).
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("foreign_keys = ON");
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    handle = { kind: "sqlite", db, location: path.resolve(config.file), close: () => db.destroy() };
  } else {
    if (config.schema !== undefined && !SCHEMA_NAME.test(config.schema)) {
      throw new Error(`Invalid PostgreSQL schema name "${config.schema}": use lowercase letters, digits and _`);
    }
    const pool = new Pool({
      connectionString: config.url,
      max: 10,
      ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
    });
    if (config.schema) await pool.query(`create schema if not exists ${config.schema}`);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const close = async () => {
      if (config.schema && config.dropSchemaOnClose) await pool.query(`drop schema if exists ${config.schema} cascade`);
      await db.destroy();
    };
    handle = { kind: "postgres", db, location: describePostgres(config.url), close };
  }
  await migrate(handle.db);
  return handle;
}

export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Database migration "${failed}" failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
