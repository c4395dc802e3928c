/**
 * Post-build step: hash every inline script of every prerendered page so the proxy can send a
 * strict per-page Content-Security-Policy for static HTML. Writes .next/csp-manifest.json
 * (build output, never the source tree), and drops the redundant bootstrap-script preload from each
 * prerendered page (see dropBootstrapScriptPreloads).
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { dropBootstrapScriptPreloads, extractInlineScripts, routeForHtmlFile, type CspManifest } from "../lib/security/headers";

const APP_DIR = path.join(process.cwd(), ".next/server/app");

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith(".html")) yield full;
  }
}

function hashScripts(html: string): string[] {
  const hashes = extractInlineScripts(html).map((s) => `sha256-${createHash("sha256").update(s, "utf8").digest("base64")}`);
  return [...new Set(hashes)];
}

if (!existsSync(APP_DIR)) {
  console.error(`csp-hashes: ${APP_DIR} does not exist — run next build first`);
  process.exit(1);
}

const manifest: CspManifest = { version: 1, routes: {}, notFound: [] };
let pages = 0;
for (const file of htmlFiles(APP_DIR)) {
  const relative = path.relative(APP_DIR, file);
  const original = readFileSync(file, "utf8");
  // Same folder as the hashes: build output. Scripts are untouched, so the hashes hold either way.
  const html = dropBootstrapScriptPreloads(original);
  if (html !== original) writeFileSync(file, html);
  const hashes = hashScripts(html);
  if (relative === "_not-found.html") manifest.notFound = hashes;
  manifest.routes[routeForHtmlFile(relative)] = hashes;
  pages++;
}
writeFileSync(path.join(process.cwd(), ".next/csp-manifest.json"), JSON.stringify(manifest));
console.log(`csp-hashes: hashed inline scripts of ${String(pages)} prerendered pages → .next/csp-manifest.json`);
