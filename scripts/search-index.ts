/**
 * Post-build step: indexes the prerendered pages in .next/server/app with Pagefind and writes
 * the index to public/pagefind (gitignored), which `next start` serves as static files.
 * Only pages marked with data-pagefind-body (incident reports) end up in the index, and only those are sent.
 *
 *   npm run search:index          (run by `npm run build` after `next build`)
 */
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";

const APP_DIR = path.resolve(".next/server/app");
const OUTPUT_DIR = path.resolve("public/pagefind");
const PAGEFIND_BODY = "data-pagefind-body";

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).map((e) => path.join(e.parentPath, e.name));
}

/** .next/server/app/incidents/okex-2017.html → /incidents/okex-2017 (the URL next start serves). */
function urlFor(file: string): string {
  const rel = path.relative(APP_DIR, file).split(path.sep).join("/").replace(/\.html$/, "");
  return rel === "index" ? "/" : `/${rel}`;
}

function fail(message: string): never {
  throw new Error(`search-index: ${message}`);
}

async function main() {
  const files = await htmlFiles(APP_DIR).catch((error: unknown) =>
    fail(`cannot read ${APP_DIR} (${error instanceof Error ? error.message : String(error)}); run next build first`),
  );
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail(`Pagefind did not start: ${errors.join("; ")}`);
  let indexed = 0;
  for (const file of files) {
    // Error pages are prerendered too but are not content.
    if (/\/(_not-found|_global-error|404|500)\.html$/.test(file)) continue;
    const content = await readFile(file, "utf8");
    // Once any page has data-pagefind-body, Pagefind drops every page without it; not sending those
    // (listings, tags, rankings: half the pages and most of the bytes) leaves the same index, parsed once.
    if (!content.includes(PAGEFIND_BODY)) continue;
    const result = await index.addHTMLFile({ url: urlFor(file), content });
    if (result.errors.length > 0) fail(`${file}: ${result.errors.join("; ")}`);
    indexed += 1;
  }
  if (indexed === 0) fail(`no page in ${APP_DIR} carries ${PAGEFIND_BODY}; the article template must mark its text`);
  await rm(OUTPUT_DIR, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: OUTPUT_DIR });
  if (written.errors.length > 0) fail(`writing ${OUTPUT_DIR}: ${written.errors.join("; ")}`);
  await pagefind.close();
  console.log(`search-index: indexed ${String(indexed)} of ${String(files.length)} pages from ${path.relative(process.cwd(), APP_DIR)}, wrote ${path.relative(process.cwd(), OUTPUT_DIR)}`);
}

await main();
