/**
 * Pagefind payload per query, measured in Chromium: bytes the browser downloads to start search
 * (pagefind.js, WebAssembly, metadata) and then for one query plus its first results' excerpts.
 *
 *   npm run bench:search                      real site; needs `npm start` (BASE_URL, default http://127.0.0.1:3000)
 *   npm run bench:search -- --synthetic 10000 N generated articles with the same Pagefind markup as
 *                                             ArticleView, indexed and served from bench/tmp (no next build)
 *
 * Prints a table and writes bench/tmp/search-payload.json.
 */
import { createServer, type Server } from "node:http";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "@playwright/test";
import * as pagefind from "pagefind";

const OUT_DIR = path.resolve("bench/tmp");
const SYNTH_DIR = path.join(OUT_DIR, "search-synthetic");
const SYNTH_PORT = 4701;
const QUERIES = ["okex", "phishing", "hot wallet"];
const RESULTS_LOADED = 10;

const WORDS = "exchange wallet hot cold multisig phishing attackers drained withdrawals users reimbursed private key breach theft hackers bitcoin ether tokens audit insurance fund custody signer transaction laundering mixer police investigation court bankruptcy".split(" ");
const EXCHANGES = ["OKEx", "Binance", "Bitfinex", "Kraken", "Huobi", "Bybit", "KuCoin", "Poloniex", "Bithumb", "Upbit", "Coincheck", "Zaif"];
const STATUSES = ["Reported", "Denied", "Confirmed", "Resolved"];

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function syntheticArticle(i: number, rand: () => number): string {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const exchange = pick(EXCHANGES);
  const sentence = () => Array.from({ length: 12 + Math.floor(rand() * 10) }, () => pick(WORDS)).join(" ");
  const body = Array.from({ length: 8 }, () => `<p>${sentence()}. ${exchange} ${sentence()}.</p>`).join("");
  return `<!doctype html><html lang="en"><head><title>${exchange} incident ${String(i)}</title></head><body>
<nav>Breachdesk Incidents Tags Stats Data Search About</nav><main><article>
<h1 data-pagefind-body data-pagefind-meta="title">${exchange} incident ${String(i)}: ${sentence()}</h1>
<p data-pagefind-body>${sentence()}</p>
<div hidden><span data-pagefind-filter="status:${pick(STATUSES)}"></span><span data-pagefind-filter="exchange:${exchange}"></span><span data-pagefind-filter="tag:${pick(WORDS)}"></span></div>
<div data-pagefind-body>${body}</div></article></main><footer>Footer text</footer></body></html>`;
}

async function buildSynthetic(count: number): Promise<void> {
  await rm(SYNTH_DIR, { recursive: true, force: true });
  await mkdir(SYNTH_DIR, { recursive: true });
  const rand = rng(42);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`bench:search: Pagefind did not start: ${errors.join("; ")}`);
  for (let i = 0; i < count; i++) {
    const added = await index.addHTMLFile({ url: `/incidents/synthetic-${String(i)}`, content: syntheticArticle(i, rand) });
    if (added.errors.length > 0) throw new Error(`bench:search: synthetic page ${String(i)}: ${added.errors.join("; ")}`);
  }
  const written = await index.writeFiles({ outputPath: path.join(SYNTH_DIR, "pagefind") });
  if (written.errors.length > 0) throw new Error(`bench:search: ${written.errors.join("; ")}`);
  await pagefind.close();
  await writeFile(path.join(SYNTH_DIR, "index.html"), "<!doctype html><title>bench</title><p>bench</p>");
}

const TYPES: Record<string, string> = { ".js": "text/javascript", ".json": "application/json", ".html": "text/html", ".css": "text/css" };

function serveDir(dir: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(dir, urlPath === "/" ? "index.html" : urlPath);
    if (!file.startsWith(dir)) {
      res.writeHead(400).end("bad path");
      return;
    }
    readFile(file)
      .then((body) => res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body))
      .catch(() => res.writeHead(404).end("not found"));
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

type Measurement = { query: string; results: number; bytes: number; requests: number };

async function measure(baseUrl: string): Promise<{ initBytes: number; initRequests: number; queries: Measurement[] }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    let pending: Promise<number>[] = [];
    page.on("requestfinished", (request) => {
      if (new URL(request.url()).pathname.startsWith("/pagefind/")) pending.push(request.sizes().then((s) => s.responseBodySize));
    });
    /** Bytes and requests since the last call. */
    const drain = async () => {
      await page.waitForLoadState("networkidle");
      const sizes = await Promise.all(pending);
      pending = [];
      return { bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length };
    };
    await page.goto(baseUrl);
    // A fresh page per measurement would re-download init; instead reset the counters between phases.
    await page.evaluate(async () => {
      const pf = (await import(/* webpackIgnore: true */ "/pagefind/pagefind.js" as string)) as { init: () => Promise<void> };
      await pf.init();
      (window as unknown as { pf: unknown }).pf = pf;
    });
    const startup = await drain();
    const init = { initBytes: startup.bytes, initRequests: startup.requests };
    const queries: Measurement[] = [];
    for (const query of QUERIES) {
      const results = await page.evaluate(
        async ({ q, n }) => {
          const pf = (window as unknown as { pf: { search: (t: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> } }).pf;
          const found = await pf.search(q);
          await Promise.all(found.results.slice(0, n).map((r) => r.data()));
          return found.results.length;
        },
        { q: query, n: RESULTS_LOADED },
      );
      queries.push({ query, results, ...(await drain()) });
    }
    return { ...init, queries };
  } finally {
    await browser.close();
  }
}

async function main() {
  const synthIndex = process.argv.indexOf("--synthetic");
  const synthetic = synthIndex === -1 ? undefined : Number(process.argv[synthIndex + 1] ?? "10000");
  if (synthetic !== undefined && !(Number.isInteger(synthetic) && synthetic > 0)) throw new Error("bench:search: --synthetic needs a positive whole number");
  let server: Server | undefined;
  let baseUrl = process.env.BASE_URL ?? "http://127.0.0.1:3000";
  if (synthetic !== undefined) {
    const started = Date.now();
    await buildSynthetic(synthetic);
    console.log(`indexed ${String(synthetic)} synthetic articles in ${String(Math.round((Date.now() - started) / 1000))} s`);
    server = await serveDir(SYNTH_DIR, SYNTH_PORT);
    baseUrl = `http://127.0.0.1:${String(SYNTH_PORT)}/`;
  }
  try {
    const result = await measure(baseUrl);
    const label = synthetic === undefined ? `real content at ${baseUrl}` : `${String(synthetic)} synthetic articles`;
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(`Pagefind payload, ${label} (response bodies as sent, first ${String(RESULTS_LOADED)} results' excerpts loaded)`);
    console.log(`  start-up (pagefind.js, wasm, metadata): ${kb(result.initBytes)} in ${String(result.initRequests)} requests`);
    for (const q of result.queries) console.log(`  query "${q.query}": ${kb(q.bytes)} in ${String(q.requests)} requests, ${String(q.results)} results`);
    await mkdir(OUT_DIR, { recursive: true });
    const file = path.join(OUT_DIR, synthetic === undefined ? "search-payload.json" : `search-payload-${String(synthetic)}.json`);
    await writeFile(file, `${JSON.stringify({ label, ...result }, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  } finally {
    server?.close();
  }
}

await main();
