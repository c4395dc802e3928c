/**
 * npm run bench:newsletter -- [--count 2000] [--connections 32]
 * Starts the built site (`npm run build` first) on loopback with a fresh SQLite database and a discarding
 * SMTP server, fires concurrent signups with autocannon, prints throughput and p99 latency, then checks
 * that every acknowledged (2xx) address is in the database. Results go to bench/results/.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { startBuiltSite, startSmtpSink } from "@/tests/support";
import { openDatabase } from "@/lib/db/connection";
import { createNewsletterRepository } from "@/lib/db/newsletter";
import { sqliteFile } from "@/lib/db";

const APP_PORT = 4650;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: "string", default: "2000" }, connections: { type: "string", default: "32" } } });
  const count = Number(values.count);
  const connections = Number(values.connections);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(connections) || connections < 1) {
    throw new Error("--count and --connections must be positive integers");
  }

  const runId = new Date().toISOString().replace(/[:.]/g, "-");
  const dataDir = path.resolve("bench/tmp", `newsletter-${runId}`);
  fs.mkdirSync(dataDir, { recursive: true });

  const smtp = await startSmtpSink({ keepRaw: false });
  const baseUrl = `http://127.0.0.1:${String(APP_PORT)}`;
  const server = await startBuiltSite({
    port: APP_PORT,
    env: {
      SITE_URL: baseUrl,
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      SMTP_URL: `smtp://127.0.0.1:${String(smtp.port)}`,
      NEWSLETTER_IP_LIMIT: String(count * 10),
    },
  });
  try {
    const acknowledged: string[] = [];
    let sequence = 0;
    const result = await autocannon({
      url: `${baseUrl}/api/newsletter/subscribe`,
      connections,
      amount: count,
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      requests: [
        {
          setupRequest: (request, context) => {
            const email = `bench-${runId.toLowerCase()}-${String(sequence++)}@example.com`;
            context.email = email;
            return { ...request, body: new URLSearchParams({ email, source: "/bench" }).toString() };
          },
          onResponse: (status, _body, context) => {
            if (status >= 200 && status < 300 && typeof context.email === "string") acknowledged.push(context.email);
          },
        },
      ],
    });

    const handle = await openDatabase({ kind: "sqlite", file: sqliteFile(dataDir) });
    const stored = await createNewsletterRepository(handle.db).findSubscriberKeys(acknowledged);
    await handle.close();
    const missing = acknowledged.filter((e) => !stored.has(e));

    const summary = {
      date: new Date().toISOString(),
      database: "sqlite",
      requests: count,
      connections,
      durationSeconds: result.duration,
      throughputRps: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      status2xx: result["2xx"],
      non2xx: result.non2xx,
      errors: result.errors,
      acknowledged: acknowledged.length,
      storedOfAcknowledged: stored.size,
      missing: missing.length,
      confirmationMailsAccepted: smtp.deliveries.length,
    };
    fs.mkdirSync("bench/results", { recursive: true });
    const file = path.join("bench/results", `newsletter-${runId}.json`);
    fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`Signups: ${String(count)} over ${String(connections)} connections in ${String(result.duration)} s`);
    console.log(`Throughput: ${String(summary.throughputRps)} req/s; latency p50 ${String(summary.latencyMs.p50)} ms, p99 ${String(summary.latencyMs.p99)} ms`);
    console.log(`2xx: ${String(summary.status2xx)}, other: ${String(summary.non2xx)}, errors: ${String(summary.errors)}; confirmation mails accepted by SMTP: ${String(smtp.deliveries.length)}`);
    console.log(`Acknowledged addresses stored: ${String(stored.size)}/${String(acknowledged.length)}${missing.length ? ` — MISSING ${String(missing.length)}` : ""}`);
    console.log(`Results written to ${file}`);
    if (missing.length > 0 || acknowledged.length !== count) process.exitCode = 1;
  } finally {
    await server.stop();
    await smtp.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
