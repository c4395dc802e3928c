/**
 * Post-build step over every prerendered page in .next/server/app (build output, never the source tree):
 * 1. content pages lose Next's client runtime (lib/html/client-runtime.ts); a page whose shape the removal
 *    does not recognise fails the build, naming the file;
 * 2. pages that keep React (the explorer, search) lose the redundant bootstrap-script preload;
 * 3. the inline scripts left are hashed into .next/csp-manifest.json, so the proxy sends each static page a
 *    Content-Security-Policy that allows exactly those (content pages are left with none).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { keepsClientRuntime, removeClientRuntime, UnexpectedNextOutputError } from "../lib/html/client-runtime";
import { extractInlineScripts } from "../lib/html/scripts";
import { dropBootstrapScriptPreloads, routeForHtmlFile, type CspManifest } from "../lib/security/headers";

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
  console.error(`finish-prerendered-html: ${APP_DIR} does not exist — run next build first`);
  process.exit(1);
}

const manifest: CspManifest = { version: 1, routes: {}, notFound: [] };
let pages = 0;
let withoutRuntime = 0;
let removedBytes = 0;
for (const file of htmlFiles(APP_DIR)) {
  const relative = path.relative(APP_DIR, file);
  const route = routeForHtmlFile(relative);
  const original = readFileSync(file, "utf8");
  let html: string;
  // Next's own error shell (_global-error) renders only when the root layout itself fails: left as Next wrote it.
  if (keepsClientRuntime(route) || relative === "_global-error.html") {
    html = dropBootstrapScriptPreloads(original);
  } else {
    try {
      html = removeClientRuntime(original, `.next/server/app/${relative}`, { requireRuntime: true }).html;
    } catch (error) {
      if (!(error instanceof UnexpectedNextOutputError)) throw error;
      console.error(`finish-prerendered-html: ${error.message}`);
      process.exit(1);
    }
    withoutRuntime++;
    removedBytes += Buffer.byteLength(original) - Buffer.byteLength(html);
  }
  if (html !== original) writeFileSync(file, html);
  const hashes = hashScripts(html);
  if (relative === "_not-found.html") manifest.notFound = hashes;
  manifest.routes[route] = hashes;
  pages++;
}
writeFileSync(path.join(process.cwd(), ".next/csp-manifest.json"), JSON.stringify(manifest));
console.log(
  `finish-prerendered-html: ${String(withoutRuntime)} of ${String(pages)} prerendered pages without the client runtime ` +
    `(${(removedBytes / 1024 / 1024).toFixed(1)} MiB of scripts and flight data removed); CSP hashes → .next/csp-manifest.json`,
);
