/** npm run newsletter:export -- [--out subscribers.csv]: confirmed subscribers as CSV (stdout by default). */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { getNewsletterRepository } from "@/lib/db";
import { runDatabaseScript } from "./support/run-database-script";

/** Quoted always; a leading = + - @ is defused so a spreadsheet never runs an address as a formula. */
function csvField(value: string | null): string {
  const v = value ?? "";
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const repo = await getNewsletterRepository();
  const rows = await repo.listConfirmedSubscribers();
  const lines = [
    ["email", "confirmed_at", "consent_at", "consent_source"].map(csvField).join(","),
    ...rows.map((r) => [r.email, r.confirmed_at, r.consent_at, r.consent_source].map(csvField).join(",")),
  ];
  const csv = `${lines.join("\r\n")}\r\n`;
  if (values.out) {
    fs.writeFileSync(values.out, csv);
    console.error(`Wrote ${String(rows.length)} confirmed subscriber(s) to ${values.out}`);
  } else {
    process.stdout.write(csv);
  }
}

runDatabaseScript(main);
