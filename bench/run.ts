/**
 * npm run bench -- [--n 1000,5000,10000] [--serve-seconds 10]
 *
 * For each N: generates N synthetic incidents into bench/tmp/content-N, builds a copy of the site in
 * bench/tmp/site (the working tree's .next and content/ are never touched), records wall time and
 * peak RSS per phase, page counts, output size, per-page HTML and JavaScript bytes, and — for the
 * N=1000 build — requests/s and p99 latency of an article page under next start and Lighthouse on home, an
 * article and /rankings (three runs; --lighthouse-runs N, 0 to skip). Results go to
 * bench/results/<date>-<n>.json and a markdown table is printed and written to bench/results/latest.md.
 * BENCH_PORT (default 3990) is the port of the served site; Lighthouse uses BENCH_PORT + 1.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { copySiteSource, startBuiltSite } from "@/tests/support";
import { generateContent } from "./generate-content";
import { runPhase, type PhaseResult } from "./measure";
import { ARTICLE_JS_BUDGET_BYTES, measureHtml, totalJsGzip, type PageWeight } from "./page-weight";
import { runLighthouse, type LighthouseSummary, type PageResult as LighthouseResult } from "./lighthouse";

const ROOT = process.cwd();
const TMP = path.join(ROOT, "bench/tmp");
const SITE = path.join(TMP, "site");
const RESULTS = path.join(ROOT, "bench/results");
const RSS_BUDGET_MIB = 4096;
const PAGE_GROWTH_BUDGET = 1.25;
/**
 * tailwind-nextjs-starter-blog's `npm run build` on 1,000 of the same synthetic reports, measured side by side
 * on this 2-core machine (issue 19). No copy of the starter is kept here and the bench fetches nothing, so
 * other sizes compare against this figure scaled linearly.
 */
const STARTER_SECONDS_PER_1000 = 127;
const STARTER_RATIO_BUDGET = 0.5;
const SERVE_PORT = Number(process.env.BENCH_PORT ?? 3990);

function parseArgs(argv: string[]): { sizes: number[]; serveSeconds: number; lighthouseRuns: number } {
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i === -1 ? undefined : argv[i + 1];
  };
  const sizes = (get("--n") ?? "1000").split(",").map((s) => {
    const n = Number(s);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--n expects whole numbers separated by commas (got "${s}")`);
    return n;
  });
  const serveSeconds = Number(get("--serve-seconds") ?? 10);
  const lighthouseRuns = Number(get("--lighthouse-runs") ?? 3);
  if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 0) throw new Error(`--lighthouse-runs expects a whole number (got "${String(get("--lighthouse-runs"))}")`);
  return { sizes, serveSeconds, lighthouseRuns };
}

/** A private copy of the tracked source tree, with node_modules hard-linked (fast, no extra disk). */
function prepareSite(): void {
  copySiteSource(SITE, { exclude: /^(content|bench\/tmp|bench\/results)\// });
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : statSync(full).size;
  }
  return total;
}

function countFiles(dir: string, suffix: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? countFiles(full, suffix) : entry.name.endsWith(suffix) ? 1 : 0;
  }
  return total;
}

/** Weights of a prerendered page of the built site; undefined when the build did not write it. */
function measurePage(page: string, htmlFile: string): PageWeight | undefined {
  const full = path.join(SITE, ".next/server/app", htmlFile);
  if (!existsSync(full)) return undefined;
  return measureHtml(page, htmlFile, readFileSync(full, "utf8"), (src) => {
    // Next's chunks live in .next/static; the enhancement script (and anything else) in public/.
    const file = src.startsWith("/_next/") ? path.join(SITE, ".next", src.replace(/^\/_next\//, "")) : path.join(SITE, "public", src);
    // A script the page references but the build lacks would pass the JS budget for the wrong reason.
    if (!existsSync(file)) throw new Error(`bench: ${htmlFile} references ${src}, which the build did not write (${file})`);
    return readFileSync(file);
  });
}

/** The starter blog's recorded build time scaled to n reports. */
const starterSeconds = (n: number) => (STARTER_SECONDS_PER_1000 * n) / 1000;

function firstHtml(dir: string): string | undefined {
  const full = path.join(SITE, ".next/server/app", dir);
  if (!existsSync(full)) return undefined;
  const file = readdirSync(full).find((f) => f.endsWith(".html"));
  return file && path.join(dir, file);
}

async function loadTest(articlePath: string, seconds: number): Promise<{ requestsPerSecond: number; p99Ms: number; non2xx: number }> {
  const port = SERVE_PORT;
  const server = await startBuiltSite({ port, cwd: SITE, readyPath: articlePath });
  try {
    const url = `http://127.0.0.1:${String(port)}${articlePath}`;
    const out = execFileSync("npx", ["autocannon", "-j", "-c", "20", "-d", String(seconds), url], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const result = JSON.parse(out) as { requests: { average: number }; latency: { p99: number }; non2xx: number };
    return { requestsPerSecond: Math.round(result.requests.average), p99Ms: result.latency.p99, non2xx: result.non2xx };
  } finally {
    await server.stop();
  }
}

type BenchResult = {
  n: number;
  date: string;
  machine: { cpus: number; node: string };
  phases: PhaseResult[];
  pagesGenerated: number;
  outputBytes: number;
  pages: PageWeight[];
  serve?: { path: string; requestsPerSecond: number; p99Ms: number; non2xx: number; seconds: number };
  lighthouse?: { results: LighthouseResult[]; summary: LighthouseSummary[] };
  budgets: { name: string; ok: boolean; detail: string }[];
};

async function benchOne(n: number, serveSeconds: number, lighthouseRuns: number): Promise<BenchResult> {
  const contentDir = path.join(TMP, `content-${String(n)}`);
  console.log(`\n▶ N=${String(n)}: generating content`);
  generateContent(contentDir, n);
  rmSync(path.join(SITE, ".next"), { recursive: true, force: true });
  rmSync(path.join(SITE, ".content-collections"), { recursive: true, force: true });
  const env = { CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: "--max-old-space-size=8192" };
  const pkg = JSON.parse(readFileSync(path.join(SITE, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const phases: [string, string][] = [
    // The same steps, in the same processes, as `npm run build`.
    ["content", "NODE_ENV=production npx content-collections build content-collections.ts"],
    ...(pkg.scripts["build:enhancements"] ? ([["enhancement script", "npm run build:enhancements"]] as [string, string][]) : []),
    ["next build", "CONTENT_PREBUILT=1 npx next build"],
    ...(pkg.scripts["search:index"] ? ([["search index", "npm run search:index"]] as [string, string][]) : []),
    ...(pkg.scripts["build:html"] ? ([["finish html", "npm run build:html"]] as [string, string][]) : []),
    ...(pkg.scripts["build:csp"] ? ([["csp hashes", "npm run build:csp"]] as [string, string][]) : []),
  ];
  const results: PhaseResult[] = [];
  for (const [name, command] of phases) {
    console.log(`  ${name}: ${command}`);
    const r = await runPhase(name, command, { cwd: SITE, env });
    console.log(`  ${name}: ${String(r.seconds)} s, peak RSS ${String(r.peakRssMiB)} MiB, exit ${String(r.exitCode)}`);
    results.push(r);
    if (r.exitCode !== 0) {
      console.error(r.outputTail);
      break;
    }
  }
  const built = results.every((r) => r.exitCode === 0);
  const appDir = path.join(SITE, ".next/server/app");
  const article = firstHtml("incidents") && readdirSync(path.join(appDir, "incidents")).find((f) => f.startsWith("synthetic-") && f.endsWith(".html"));
  const tag = existsSync(path.join(appDir, "tags")) ? readdirSync(path.join(appDir, "tags")).find((f) => f.endsWith(".html")) : undefined;
  const pages = built
    ? ([
        measurePage("baseline (404)", "_not-found.html"),
        measurePage("home", "index.html"),
        article ? measurePage("article", path.join("incidents", article)) : undefined,
        tag ? measurePage("tag", path.join("tags", tag)) : undefined,
        measurePage("archive page 2", "incidents/page/2.html"),
        measurePage("rankings", "rankings.html"),
      ].filter(Boolean) as PageWeight[])
    : [];
  let serve: BenchResult["serve"];
  if (built && n === 1000 && article) {
    const articlePath = `/incidents/${article.replace(/\.html$/, "")}`;
    console.log(`  serving: autocannon ${String(serveSeconds)} s on ${articlePath}`);
    serve = { path: articlePath, seconds: serveSeconds, ...(await loadTest(articlePath, serveSeconds)) };
  }
  let lighthouse: BenchResult["lighthouse"];
  if (built && n === 1000 && article && lighthouseRuns > 0) {
    console.log(`  lighthouse: ${String(lighthouseRuns)} runs each of /, an article and /rankings`);
    lighthouse = await runLighthouse({ cwd: SITE, pages: ["/", `/incidents/${article.replace(/\.html$/, "")}`, "/rankings"], runs: lighthouseRuns });
  }
  const articleWeight = pages.find((p) => p.page === "article");
  const total = results.reduce((sum, r) => sum + r.seconds, 0);
  const ratio = total / starterSeconds(n);
  const budgets: BenchResult["budgets"] = [
    { name: "build completes", ok: built, detail: built ? "all phases exited 0" : "a phase failed" },
    ...results.map((r) => ({
      name: `peak RSS < 4 GiB (${r.name})`,
      ok: r.peakRssMiB < RSS_BUDGET_MIB,
      detail: `${String(r.peakRssMiB)} MiB`,
    })),
    ...(built
      ? [
          {
            name: `build ≤ ${String(STARTER_RATIO_BUDGET)}× starter`,
            ok: ratio <= STARTER_RATIO_BUDGET,
            detail: `${ratio.toFixed(2)}× (${total.toFixed(1)} s vs ${starterSeconds(n).toFixed(0)} s: ${String(STARTER_SECONDS_PER_1000)} s per 1,000 reports, recorded)`,
          },
        ]
      : []),
    ...(articleWeight
      ? [
          {
            name: "article JS ≤ 5 kB gzip (files + inline)",
            ok: totalJsGzip(articleWeight) <= ARTICLE_JS_BUDGET_BYTES,
            detail: `${String(totalJsGzip(articleWeight))} B: ${String(articleWeight.scripts)} files ${String(articleWeight.jsGzipBytes)} B + ${String(articleWeight.inlineScripts ?? 0)} inline ${String(articleWeight.inlineJsGzipBytes ?? 0)} B`,
          },
        ]
      : []),
    ...(lighthouse?.summary.map((s) => ({
      name: `Lighthouse performance 100 on ${s.path} in ≥ 2 of ${String(s.performance.length)} runs`,
      ok: s.ok,
      detail: `runs: ${s.performance.join(", ")}`,
    })) ?? []),
  ];
  return {
    n,
    date: new Date().toISOString(),
    machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
    phases: results.map((r) => ({ ...r, outputTail: r.exitCode === 0 ? "" : r.outputTail })),
    pagesGenerated: built ? countFiles(appDir, ".html") : 0,
    outputBytes: built ? dirBytes(path.join(SITE, ".next")) : 0,
    pages,
    serve,
    lighthouse,
    budgets,
  };
}

function latestResult(n: number): BenchResult | undefined {
  if (!existsSync(RESULTS)) return undefined;
  const file = readdirSync(RESULTS)
    .filter((f) => f.endsWith(`-${String(n)}.json`))
    .sort()
    .at(-1);
  return file ? (JSON.parse(readFileSync(path.join(RESULTS, file), "utf8")) as BenchResult) : undefined;
}

const kib = (b: number) => `${(b / 1024).toFixed(1)} kB`;
const totalSeconds = (r: BenchResult) => r.phases.reduce((s, p) => s + p.seconds, 0);

/** Budgets that compare the latest 1,000- and 10,000-incident results (from this run or an earlier one). */
function crossSizeBudgets(): BenchResult["budgets"] {
  const small = latestResult(1000);
  const large = latestResult(10000);
  if (!small || !large) return [];
  const ratio = totalSeconds(large) / totalSeconds(small);
  const budgets: BenchResult["budgets"] = [
    { name: "time(10k) / time(1k) ≤ 12", ok: ratio <= 12, detail: `${ratio.toFixed(2)} (${totalSeconds(large).toFixed(0)} s / ${totalSeconds(small).toFixed(0)} s)` },
  ];
  // A page that carries only its own slice weighs the same at any archive size (rankings list exchanges, not incidents).
  for (const page of large.pages) {
    const before = small.pages.find((p) => p.page === page.page);
    if (!before || page.page === "rankings") continue;
    const growth = page.htmlBytes / before.htmlBytes;
    budgets.push({ name: `${page.page} HTML at 10k ≤ ${String(PAGE_GROWTH_BUDGET)} × at 1k`, ok: growth <= PAGE_GROWTH_BUDGET, detail: `${growth.toFixed(2)} (${kib(page.htmlBytes)} / ${kib(before.htmlBytes)})` });
  }
  return budgets;
}

function markdownTable(results: BenchResult[]): string {
  const lines = [
    "| N | phase | wall time | CPU time | peak RSS |",
    "| ---: | --- | ---: | ---: | ---: |",
    ...results.flatMap((r) =>
      r.phases.map((p) => `| ${String(r.n)} | ${p.name} | ${p.seconds.toFixed(1)} s | ${p.cpuSeconds === undefined ? "–" : `${p.cpuSeconds.toFixed(1)} s`} | ${String(p.peakRssMiB)} MiB |`),
    ),
    "",
    "| N | pages generated | output size | total build | starter (recorded) | ratio |",
    "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.map(
      (r) =>
        `| ${String(r.n)} | ${String(r.pagesGenerated)} | ${(r.outputBytes / 1048576).toFixed(0)} MiB | ${totalSeconds(r).toFixed(1)} s | ${starterSeconds(r.n).toFixed(0)} s | ${(totalSeconds(r) / starterSeconds(r.n)).toFixed(2)}× |`,
    ),
    "",
    "| N | page | HTML | HTML gzip | scripts | JS gzip | inline scripts | inline JS gzip |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...results.flatMap((r) =>
      r.pages.map(
        (p) =>
          `| ${String(r.n)} | ${p.page} | ${kib(p.htmlBytes)} | ${kib(p.htmlGzipBytes)} | ${String(p.scripts)} | ${kib(p.jsGzipBytes)} | ${String(p.inlineScripts ?? "–")} | ${p.inlineJsGzipBytes === undefined ? "–" : kib(p.inlineJsGzipBytes)} |`,
      ),
    ),
  ];
  const served = results.filter((r) => r.serve);
  if (served.length > 0) {
    lines.push("", "| N | served page | requests/s | p99 latency | non-2xx |", "| ---: | --- | ---: | ---: | ---: |");
    for (const r of served) if (r.serve) lines.push(`| ${String(r.n)} | ${r.serve.path} | ${String(r.serve.requestsPerSecond)} | ${String(r.serve.p99Ms)} ms | ${String(r.serve.non2xx)} |`);
  }
  for (const r of results) {
    if (!r.lighthouse) continue;
    lines.push("", `| N | Lighthouse page | run | performance | accessibility | best practices | SEO |`, "| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
    for (const l of r.lighthouse.results)
      lines.push(`| ${String(r.n)} | ${l.path} | ${String(l.run)} | ${String(l.scores.performance)} | ${String(l.scores.accessibility)} | ${String(l.scores["best-practices"])} | ${String(l.scores.seo)} |`);
  }
  lines.push("", "| budget | result | detail |", "| --- | --- | --- |");
  for (const r of results) for (const b of r.budgets) lines.push(`| N=${String(r.n)}: ${b.name} | ${b.ok ? "✅" : "❌"} | ${b.detail} |`);
  for (const b of crossSizeBudgets()) lines.push(`| ${b.name} | ${b.ok ? "✅" : "❌"} | ${b.detail} |`);
  return lines.join("\n");
}

async function main(): Promise<void> {
  const { sizes, serveSeconds, lighthouseRuns } = parseArgs(process.argv.slice(2));
  mkdirSync(RESULTS, { recursive: true });
  prepareSite();
  const results: BenchResult[] = [];
  for (const n of sizes) {
    const result = await benchOne(n, serveSeconds, lighthouseRuns);
    const file = path.join(RESULTS, `${result.date.slice(0, 10)}-${String(n)}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`  wrote ${path.relative(ROOT, file)}`);
    results.push(result);
    const starter = result.budgets.find((b) => b.name.includes("starter"));
    if (starter) console.log(`  N=${String(n)}: ≤ ${String(STARTER_RATIO_BUDGET)}× starter: ${starter.ok ? "PASS" : "FAIL"} (${starter.detail})`);
  }
  const table = markdownTable(results);
  writeFileSync(path.join(RESULTS, "latest.md"), `# Latest benchmark\n\nRun ${new Date().toISOString()} on ${String(results[0]?.machine.cpus ?? 0)} cores, Node ${process.version}.\n\n${table}\n`);
  console.log(`\n${table}`);
  if (results.some((r) => r.budgets.some((b) => !b.ok)) || crossSizeBudgets().some((b) => !b.ok)) process.exitCode = 1;
}

await main();
