/**
 * npm run bench:lighthouse [-- --runs 3] — Lighthouse (Debian Chromium, headless) on the home page, an
 * article and /rankings of the current production build. Starts `next start` itself on 127.0.0.1:3991
 * (BENCH_PORT + 1; run `npm run build` first), stores scores and every audit that lost points in
 * bench/results/lighthouse-<date>.json, and prints a markdown table. `npm run bench` calls
 * runLighthouse on its 1,000-report site too.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startBuiltSite } from "@/tests/support";
import { promisify } from "node:util";

const run = promisify(execFile);
const ROOT = process.cwd();
export const LIGHTHOUSE_PORT = Number(process.env.BENCH_PORT ?? 3990) + 1;
const PAGES = ["/", "/incidents/okex-2017", "/rankings"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync";
/** The issue 19 budget: performance 100 on each page in at least this many of the runs. */
export const PERFECT_RUNS_NEEDED = 2;

type LighthouseReport = {
  categories: Record<(typeof CATEGORIES)[number], { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>;
};

export type PageResult = { path: string; run: number; scores: Record<string, number>; lostPoints: { category: string; audit: string; title: string; score: number; detail?: string }[] };

/** Lighthouse sometimes fails to record the trace (NO_NAVSTART, NO_FCP) on a busy machine; that run is repeated. */
const TRANSIENT = /NO_NAVSTART|NO_FCP|NO_LCP/;
const ATTEMPTS = 3;

async function audit(base: string, pagePath: string, runNumber: number, attempt = 1): Promise<PageResult> {
  try {
    return await auditOnce(base, pagePath, runNumber);
  } catch (error) {
    if (attempt >= ATTEMPTS || !(error instanceof Error) || !TRANSIENT.test(error.message)) throw error;
    console.log(`  ${TRANSIENT.exec(error.message)?.[0] ?? "trace error"}, running ${pagePath} again (attempt ${String(attempt + 1)} of ${String(ATTEMPTS)})`);
    return audit(base, pagePath, runNumber, attempt + 1);
  }
}

async function auditOnce(base: string, pagePath: string, runNumber: number): Promise<PageResult> {
  const out = path.join(ROOT, "bench/tmp", `lighthouse-${pagePath.replace(/\W+/g, "_") || "home"}.json`);
  await run(
    "npx",
    ["lighthouse", `${base}${pagePath}`, "--quiet", "--output=json", `--output-path=${out}`, `--chrome-flags=${CHROME_FLAGS}`, `--only-categories=${CATEGORIES.join(",")}`],
    { cwd: ROOT, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 },
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
  return { path: pagePath, run: runNumber, scores, lostPoints };
}

export type LighthouseSummary = { path: string; performance: number[]; perfectRuns: number; ok: boolean };

/** Starts the built site in `cwd`, audits each page `runs` times (round-robin, so load spikes spread over pages). */
export async function runLighthouse(options: { cwd?: string; pages?: string[]; runs: number; port?: number }): Promise<{ results: PageResult[]; summary: LighthouseSummary[] }> {
  mkdirSync(path.join(ROOT, "bench/tmp"), { recursive: true });
  const pages = options.pages ?? PAGES;
  const site = await startBuiltSite({ port: options.port ?? LIGHTHOUSE_PORT, cwd: options.cwd, readyPath: "/" });
  const results: PageResult[] = [];
  try {
    for (let i = 1; i <= options.runs; i++) {
      for (const p of pages) {
        console.log(`  lighthouse ${p} (run ${String(i)} of ${String(options.runs)}) …`);
        results.push(await audit(site.base, p, i));
      }
    }
  } finally {
    await site.stop();
  }
  const summary = pages.map((p) => {
    const performance = results.filter((r) => r.path === p).map((r) => r.scores.performance ?? 0);
    const perfectRuns = performance.filter((s) => s === 100).length;
    return { path: p, performance, perfectRuns, ok: perfectRuns >= Math.min(PERFECT_RUNS_NEEDED, options.runs) };
  });
  return { results, summary };
}

export function lighthouseTable(results: PageResult[]): string {
  const lines = [
    `| page | run | ${CATEGORIES.join(" | ")} |`,
    `| --- | ---: | ${CATEGORIES.map(() => "---:").join(" | ")} |`,
    ...results.map((r) => `| ${r.path} | ${String(r.run)} | ${CATEGORIES.map((c) => String(r.scores[c])).join(" | ")} |`),
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--runs");
  const runs = i === -1 ? 1 : Number(process.argv[i + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs expects a whole number (got "${String(process.argv[i + 1])}")`);
  mkdirSync("bench/results", { recursive: true });
  const { results, summary } = await runLighthouse({ runs });
  const date = new Date().toISOString();
  const file = path.join("bench/results", `lighthouse-${date.slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify({ date, node: process.version, results, summary }, null, 2)}\n`);
  const lost = results.flatMap((r) => r.lostPoints.map((l) => `- ${r.path} (run ${String(r.run)}) ${l.category}: ${l.title} (${l.audit}, score ${l.score.toFixed(2)}${l.detail ? `, ${l.detail}` : ""})`));
  console.log(`\n${lighthouseTable(results)}\n${lost.length ? `\nAudits below full marks:\n${lost.join("\n")}` : "\nEvery audit at full marks."}\n\nwrote ${file}`);
}

// Run as a script (npm run bench:lighthouse), not when bench/run.ts imports it.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
