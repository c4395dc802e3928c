/**
 * Deterministic synthetic content for benchmarks: N realistic incident reports (~600 words with
 * headings, lists, links, a table) plus the real exchanges, written to a directory of our choosing.
 * The real content/ tree is only read, never written.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ATTACK_VECTORS as VECTORS, INCIDENT_STATUSES as STATUSES } from "../lib/content/model";

/** mulberry32: tiny seeded PRNG so every run generates byte-identical content. */
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = [
  "hot-wallet", "cold-wallet", "multisig", "private-keys", "phishing", "account-takeover", "two-factor", "sim-swap",
  "api-keys", "insider", "lazarus-group", "north-korea", "bankruptcy", "reimbursed", "funds-recovered", "japan",
  "south-korea", "china", "india", "united-states", "bitcoin", "ethereum", "altcoins", "supply-chain", "regulation",
  "law-enforcement", "defi", "bridge", "stablecoin", "custody",
];
const ASSETS = ["BTC", "ETH", "USDT", "XRP", "SOL", "BNB", "XEM", "EOS", "LTC", "TRX"];
const WORDS = (
  "exchange users funds wallet attacker withdrawal security breach investigators blockchain analysts transaction " +
  "reported according statement company customers losses hot cold keys signing infrastructure compromised " +
  "authorities police regulator reimbursement recovery tokens frozen addresses mixers laundering platform trading " +
  "suspended resumed audit review timeline evidence confirmed denied disclosed estimated value market price"
).split(" ");

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function sentence(random: () => number, words: number): string {
  const parts = Array.from({ length: words }, () => pick(random, WORDS));
  const first = parts[0] ?? "the";
  parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${parts.join(" ")}.`;
}

function paragraph(random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, 10 + Math.floor(random() * 10))).join(" ");
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function generateIncident(index: number, exchangeSlugs: readonly string[], random: () => number): { slug: string; markdown: string } {
  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  const incidentDate = new Date(start + Math.floor(random() * span));
  const published = new Date(incidentDate.getTime() + (1 + Math.floor(random() * 5)) * 86_400_000);
  const exchange = pick(random, exchangeSlugs);
  const tags = [...new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(random, TAGS)))];
  const loss = random() < 0.15 ? undefined : Math.round(10 ** (4 + random() * 5));
  const slug = `synthetic-${String(index).padStart(5, "0")}-${exchange}`;
  const frontmatter = [
    "---",
    `title: "${exchange} incident #${String(index)}: ${sentence(random, 6).slice(0, -1)}"`,
    `date: ${isoDay(published)}`,
    `summary: "${sentence(random, 18)}"`,
    `status: ${pick(random, STATUSES)}`,
    `incidentDate: ${isoDay(incidentDate)}`,
    ...(loss === undefined ? [] : [`lossUsd: ${String(loss)}`]),
    `assets: [${[...new Set([pick(random, ASSETS), pick(random, ASSETS)])].join(", ")}]`,
    `attackVector: ${pick(random, VECTORS)}`,
    `exchanges: [${exchange}]`,
    `tags: [${tags.join(", ")}]`,
    "sources:",
    `  - title: "Report on incident ${String(index)}"`,
    `    url: https://example.com/reports/${String(index)}`,
    "    publisher: Example Wire",
    "---",
  ].join("\n");
  const body = [
    "## What happened",
    paragraph(random, 5),
    paragraph(random, 4),
    paragraph(random, 3),
    "## How the attack worked",
    paragraph(random, 5),
    "- " + sentence(random, 12),
    "- " + sentence(random, 12),
    "- " + sentence(random, 12),
    "### On-chain trail",
    paragraph(random, 4),
    "| Asset | Amount |",
    "| --- | ---: |",
    `| ${pick(random, ASSETS)} | ${String(Math.floor(random() * 100_000))} |`,
    `| ${pick(random, ASSETS)} | ${String(Math.floor(random() * 100_000))} |`,
    "## The exchange's response",
    paragraph(random, 5),
    `See the [original report](https://example.com/reports/${String(index)}) and [our archive](/incidents).`,
    "## Why it matters",
    paragraph(random, 4),
  ].join("\n\n");
  return { slug, markdown: `${frontmatter}\n\n${body}\n` };
}

export function generateContent(targetDir: string, count: number, options: { seed?: number; sourceDir?: string } = {}): void {
  const random = createRandom(options.seed ?? 20171004);
  const sourceDir = options.sourceDir ?? "content";
  rmSync(targetDir, { recursive: true, force: true });
  mkdirSync(path.join(targetDir, "incidents"), { recursive: true });
  cpSync(path.join(sourceDir, "exchanges"), path.join(targetDir, "exchanges"), { recursive: true });
  const exchangeSlugs = readdirSync(path.join(targetDir, "exchanges"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => f.replace(/\.md$/, ""));
  for (let i = 1; i <= count; i++) {
    const { slug, markdown } = generateIncident(i, exchangeSlugs, random);
    writeFileSync(path.join(targetDir, "incidents", `${slug}.md`), markdown);
  }
}
