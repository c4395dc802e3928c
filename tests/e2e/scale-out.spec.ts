/**
 * Two `next start` instances of the same build sharing one PostgreSQL (TEST_DATABASE_URL; CI always sets it):
 * the per-address signup limit is one limit, whichever instance answers.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { test, expect } from "./fixtures";
import { startBuiltSite, type BuiltSite } from "../support/site";

const pgUrl = process.env.TEST_DATABASE_URL;
const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORTS = [4200 + (E2E_PORT % 50) * 2, 4201 + (E2E_PORT % 50) * 2] as const;
const ADDRESS_LIMIT = 3;
const dbName = `bd_scale_${crypto.randomBytes(5).toString("hex")}`;

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: pgUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function run(command: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, command, { env, stdio: ["ignore", "ignore", "inherit"] });
}

test.describe("two app instances on one PostgreSQL", () => {
  // Skipped only on a developer machine without PostgreSQL; in CI a missing database fails the run.
  test.skip(!pgUrl && !process.env.CI, "needs TEST_DATABASE_URL (scripts/ci-postgres.sh starts one)");
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  const instances: BuiltSite[] = [];
  const origins = [`http://127.0.0.1:${String(PORTS[0])}`, `http://127.0.0.1:${String(PORTS[1])}`] as const;

  test.beforeAll(async () => {
    if (!pgUrl) throw new Error("TEST_DATABASE_URL is not set: CI must run the scale-out tests (see scripts/ci-postgres.sh)");
    await admin(`create database ${dbName}`);
    const url = new URL(pgUrl ?? "");
    url.pathname = `/${dbName}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: url.toString(),
      SITE_URL: origins[0],
      SMTP_URL: "",
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "breachdesk-scale-")),
      NEWSLETTER_IP_LIMIT: "1000",
      NEWSLETTER_ADDRESS_LIMIT: String(ADDRESS_LIMIT),
      NEWSLETTER_SECRET: "",
    };
    // Migrations run once, before the instances start (docs/deployment.md).
    const migrate = run(["--conditions=react-server", "--import", "tsx", "scripts/db-migrate.ts"], env);
    expect(await new Promise((resolve) => migrate.on("exit", resolve))).toBe(0);
    for (const port of PORTS) instances.push(await startBuiltSite({ port, env }));
  });

  test.afterAll(async () => {
    await Promise.all(instances.map((site) => site.stop()));
    await admin(`drop database if exists ${dbName} with (force)`);
  });

  const signup = (origin: string, email: string, ip: string) =>
    fetch(`${origin}/api/newsletter/subscribe`, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json", Origin: origins[0], "X-Forwarded-For": ip },
      body: JSON.stringify({ email, source: "/" }),
    });

  test("the request crossing the per-address limit gets 429 from either instance", async () => {
    const email = `shared-limit-${Date.now().toString(36)}@example.test`;
    const statuses: number[] = [];
    // Alternate instances: A, B, A reach the limit; the next ones, on B and on A, are over it.
    for (const [i, origin] of [origins[0], origins[1], origins[0], origins[1], origins[0]].entries()) {
      const response = await signup(origin, email, `198.51.100.${String(i + 1)}`);
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  test("concurrent signups for one address on both instances admit exactly the limit", async () => {
    const email = `burst-${Date.now().toString(36)}@example.test`;
    const responses = await Promise.all(Array.from({ length: 12 }, (_, i) => signup(origins[i % 2 === 0 ? 0 : 1], email, `203.0.113.${String(i + 1)}`)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(ADDRESS_LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(12 - ADDRESS_LIMIT);
  });
});
