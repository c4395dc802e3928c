/**
 * The databases every repository/service test runs against: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set (CI sets it via scripts/ci-postgres.sh, and there it is required).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { openDatabase, type DatabaseHandle } from "@/lib/db/connection";

export type Backend = { name: "sqlite" | "postgres"; enabled: boolean; open: () => Promise<DatabaseHandle> };

const pgUrl = process.env.TEST_DATABASE_URL;

if (!pgUrl) {
  if (process.env.CI) throw new Error("TEST_DATABASE_URL is not set: CI must run the PostgreSQL tests (see scripts/ci-postgres.sh)");
  console.warn("\n⚠  PostgreSQL repository tests SKIPPED: set TEST_DATABASE_URL=postgres://… to run them (scripts/ci-postgres.sh starts one).\n");
}

export const backends: Backend[] = [
  {
    name: "sqlite",
    enabled: true,
    open: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "breachdesk-db-"));
      return openDatabase({ kind: "sqlite", file: path.join(dir, "test.sqlite") });
    },
  },
  {
    name: "postgres",
    enabled: Boolean(pgUrl),
    open: () =>
      openDatabase({
        kind: "postgres",
        url: pgUrl ?? "",
        schema: `t_${crypto.randomBytes(6).toString("hex")}`,
        dropSchemaOnClose: true,
      }),
  },
];
