/**
 * npm run bench:content-check — how long `content:check` takes on the real content and on a
 * synthetic tree of 1,000 incidents (copies of the real ones), written to bench/tmp/.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { checkContentTree } from "../lib/content/pipeline";

const OUT = "bench/tmp";
const SYNTHETIC = path.join(OUT, "content-1000");
const COPIES = 1000;

function time(contentDir: string): { files: number; problems: number; ms: number } {
  const started = performance.now();
  const result = checkContentTree({ contentDir, publicDir: "public" });
  return { files: result.files, problems: result.problems.length, ms: Math.round(performance.now() - started) };
}

rmSync(SYNTHETIC, { recursive: true, force: true });
mkdirSync(path.join(SYNTHETIC, "incidents"), { recursive: true });
cpSync("content/exchanges", path.join(SYNTHETIC, "exchanges"), { recursive: true });
const real = readdirSync("content/incidents").filter((f) => f.endsWith(".md") && !f.startsWith("example-"));
for (let i = 0; i < COPIES; i++) {
  const source = real[i % real.length] ?? "";
  const slug = `${source.replace(/\.md$/, "")}-copy-${String(i)}`;
  writeFileSync(path.join(SYNTHETIC, "incidents", `${slug}.md`), readFileSync(path.join("content/incidents", source), "utf8"));
}

const results = { date: new Date().toISOString(), real: time("content"), synthetic1000: time(SYNTHETIC) };
writeFileSync(path.join(OUT, "content-check.json"), `${JSON.stringify(results, null, 2)}\n`);
console.log(`content:check real content: ${String(results.real.files)} files in ${String(results.real.ms)} ms`);
console.log(`content:check ${String(COPIES)} synthetic incidents: ${String(results.synthetic1000.files)} files in ${String(results.synthetic1000.ms)} ms (${String(results.synthetic1000.problems)} problems)`);
console.log(`written to ${OUT}/content-check.json`);
