/**
 * npm run bench:lighthouse — Lighthouse (Debian Chromium, headless) on the home page, an article and
 * /rankings of the current production build. Starts `next start` itself on 127.0.0.1:3991 (run
 * `npm run build` first), stores scores and every audit that lost points in
 * bench/results/lighthouse-<date>.json, and prints a markdown table.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startBuiltSite } from "@/tests/support";
import { promisify } from "node:util";

const run = promisify(execFile);
const PORT = 3991;
const PAGES = ["/", "/incidents/okex-2017", "/rankings"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";

type LighthouseReport = {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
};

type PageResult = { path: string; scores: Record<string, number>; lostPoints: { category: string; audit: string; title: string; score: number; detail?: string }[] };

async function startServer(): Promise<() => Promise<void>> {
  const site = await startBuiltSite({ port: PORT, readyPath: "/" });
  return site.stop;
}

/** Lighthouse sometimes fails to record the trace (NO_NAVSTART, NO_FCP) on a busy machine; that run is repeated. */
const TRANSIENT = /NO_NAVSTART|NO_FCP|NO_LCP/;
const ATTEMPTS = 3;

async function audit(pagePath: string, attempt = 1): Promise<PageResult> {
  try {
    return await auditOnce(pagePath);
  } catch (error) {
    if (attempt >= ATTEMPTS || !(error instanceof Error) || !TRANSIENT.test(error.message)) throw error;
    console.log(`  ${TRANSIENT.exec(error.message)?.[0] ?? "trace error"}, running ${pagePath} again (attempt ${String(attempt + 1)} of ${String(ATTEMPTS)})`);
    return audit(pagePath, attempt + 1);
  }
}

async function auditOnce(pagePath: string): Promise<PageResult> {
  const out = path.join("bench/tmp", `lighthouse-${pagePath.replace(/\W+/g, "_") || "home"}.json`);
  await run(
    "npx",
    ["lighthouse", `http://127.0.0.1:${String(PORT)}${pagePath}`, "--quiet", "--output=json", `--output-path=${out}`, `--chrome-flags=${CHROME_FLAGS}`, `--only-categories=${CATEGORIES.join(",")}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(readFileSync(out, "utf8")) as LighthouseReport;
  const scores: Record<string, number> = {};
  const lostPoints: PageResult["lostPoints"] = [];
  for (const category of CATEGORIES) {
    const c = report.categories[category];
    scores[category] = Math.round((c.score ?? 0) * 100);
    for (const ref of c.auditRefs) {
      const a = report.audits[ref.id];
      if (!a || ref.weight === 0 || a.scoreDisplayMode === "notApplicable" || a.scoreDisplayMode === "informative") continue;
      if (a.score !== null && a.score < 1) lostPoints.push({ category, audit: ref.id, title: a.title, score: a.score, detail: a.displayValue });
    }
  }
  return { path: pagePath, scores, lostPoints };
}

async function main(): Promise<void> {
  mkdirSync("bench/tmp", { recursive: true });
  mkdirSync("bench/results", { recursive: true });
  const stop = await startServer();
  const results: PageResult[] = [];
  try {
    for (const p of PAGES) {
      console.log(`lighthouse ${p} …`);
      results.push(await audit(p));
    }
  } finally {
    await stop();
  }
  const date = new Date().toISOString();
  const file = path.join("bench/results", `lighthouse-${date.slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify({ date, node: process.version, results }, null, 2)}\n`);
  const lines = [
    `| page | ${CATEGORIES.join(" | ")} |`,
    `| --- | ${CATEGORIES.map(() => "---:").join(" | ")} |`,
    ...results.map((r) => `| ${r.path} | ${CATEGORIES.map((c) => String(r.scores[c])).join(" | ")} |`),
  ];
  const lost = results.flatMap((r) => r.lostPoints.map((l) => `- ${r.path} ${l.category}: ${l.title} (${l.audit}, score ${l.score.toFixed(2)}${l.detail ? `, ${l.detail}` : ""})`));
  console.log(`\n${lines.join("\n")}\n${lost.length ? `\nAudits below full marks:\n${lost.join("\n")}` : "\nEvery audit at full marks."}\n\nwrote ${file}`);
}

await main();
