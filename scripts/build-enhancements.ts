/**
 * Bundles the site's one browser script (lib/enhancements/main.ts: the signup form's inline answer and the
 * "/" search shortcut) into public/enhance/<content hash>.js, gitignored. Runs before `next build` (the
 * layout links the file, lib/enhancements/asset.ts) and before `next dev`. Fails when the script outgrows
 * its budget: content pages carry no framework runtime, so this is all the JavaScript they load.
 */
import { createHash } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { ENHANCEMENT_DIR, ENHANCEMENT_GZIP_BUDGET_BYTES } from "../lib/enhancements/budget";

const result = await build({
  entryPoints: [path.join(process.cwd(), "lib/enhancements/main.ts")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  platform: "browser",
  write: false,
  legalComments: "none",
});
const code = result.outputFiles[0]?.contents;
if (!code) throw new Error("build-enhancements: esbuild produced no output for lib/enhancements/main.ts");
const gzipBytes = gzipSync(code, { level: 9 }).byteLength;
if (gzipBytes > ENHANCEMENT_GZIP_BUDGET_BYTES) {
  console.error(`build-enhancements: the script is ${String(gzipBytes)} B gzip, over its ${String(ENHANCEMENT_GZIP_BUDGET_BYTES)} B budget`);
  process.exit(1);
}
const outDir = path.join(process.cwd(), "public", ENHANCEMENT_DIR);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const name = `${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;
writeFileSync(path.join(outDir, name), code);
console.log(`build-enhancements: public/${ENHANCEMENT_DIR}/${name}: ${String(code.byteLength)} B, ${String(gzipBytes)} B gzip (budget ${String(ENHANCEMENT_GZIP_BUDGET_BYTES)} B)`);
