/**
 * Writes the XSS fixture content tree from the corpus in support/payloads.ts:
 *
 *   npm run test:xss:fixture     → tests/fixtures/xss/content/{incidents,exchanges}/*.md
 *
 * The tree is committed; rerun this after changing the corpus. Three incidents share the body
 * payloads; every frontmatter string field carries one of the frontmatter payloads.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BODY_PAYLOADS, FRONTMATTER_PAYLOADS } from "./support/payloads";

const ROOT = path.resolve(import.meta.dirname, "../fixtures/xss/content");
const INCIDENTS = 3;
const TOPICS = ["sanitizer", "feeds", "structured-data"];

let next = 0;
/** The next frontmatter payload, as a YAML double-quoted scalar (JSON strings are valid YAML). */
function fm(prefix: string): string {
  const payload = FRONTMATTER_PAYLOADS[next++ % FRONTMATTER_PAYLOADS.length] ?? "";
  return JSON.stringify(`${prefix} ${payload}`);
}

function body(payloads: string[]): string {
  return payloads.map((p, i) => `## Payload ${String(i + 1)}\n\n${p}\n`).join("\n");
}

function exchange(slug: string, payloads: string[]): string {
  return `---
name: ${fm("Exchange")}
website: https://${slug}.example.com
country: ${fm("Country")}
founded: 2014
status: active
checkedAt: 2020-01-01
security:
  twoFactor: { value: offered, source: "https://example.com/2fa", asOf: 2020-01-01, note: ${fm("Note")} }
  protectionFund: { value: yes, name: ${fm("Fund")} }
rankings:
  - { asOf: 2020-01-01, source: "https://example.com/rank", sourceTitle: ${fm("Ranking source")}, volumeRank: 3 }
---
${body(payloads)}`;
}

function incident(i: number, payloads: string[]): string {
  return `---
title: ${fm(`Report ${String(i + 1)}`)}
date: 2020-0${String(i + 1)}-15
summary: ${fm("Summary")}
status: confirmed
featured: ${i === 0 ? "true" : "false"}
lossUsd: ${String((i + 1) * 1_000_000)}
assets: [${fm("BTC")}]
attackVector: phishing
exchanges: [xss-exchange-${String((i % 2) + 1)}]
tags: [xss, ${TOPICS[i] ?? "other"}]
author: ${fm("Author")}
sources:
  - title: ${fm("Source")}
    url: https://example.com/source-${String(i + 1)}
    publisher: ${fm("Publisher")}
updates:
  - date: 2020-0${String(i + 1)}-20
    note: ${fm("Update")}
---
${body(payloads)}`;
}

rmSync(ROOT, { recursive: true, force: true });
mkdirSync(path.join(ROOT, "incidents"), { recursive: true });
mkdirSync(path.join(ROOT, "exchanges"), { recursive: true });
const share = Math.ceil(BODY_PAYLOADS.length / INCIDENTS);
for (let i = 0; i < INCIDENTS; i++) {
  writeFileSync(path.join(ROOT, "incidents", `xss-report-${String(i + 1)}.md`), incident(i, BODY_PAYLOADS.slice(i * share, (i + 1) * share)));
}
writeFileSync(path.join(ROOT, "exchanges", "xss-exchange-1.md"), exchange("xss-exchange-1", BODY_PAYLOADS.slice(0, 12)));
writeFileSync(path.join(ROOT, "exchanges", "xss-exchange-2.md"), exchange("xss-exchange-2", BODY_PAYLOADS.slice(12, 24)));
console.log(`xss fixture: ${String(BODY_PAYLOADS.length)} body payloads, ${String(FRONTMATTER_PAYLOADS.length)} frontmatter payloads → ${path.relative(process.cwd(), ROOT)}`);
