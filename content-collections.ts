import { readdirSync } from "node:fs";
import path from "node:path";
import { defineCollection, defineConfig, defineParser } from "@content-collections/core";
import { z } from "zod";
import { renderMarkdown, writeIncidentBody, ContentValidationError, buildContentIndex, checkExchangeFile, checkIncidentFile, todayIso, type ContentIndex, parseContentFile, checkContentTree, formatTreeCheck, publicFileChecker } from "./lib/content/pipeline";

// CONTENT_DIR lets benchmarks and fixture builds point at another tree; the real content stays untouched.
const CONTENT_DIR = path.relative(process.cwd(), path.resolve(process.env.CONTENT_DIR ?? "content")) || ".";
const WORDS_PER_MINUTE = 220;
const publicFileExists = publicFileChecker("public");

/**
 * Hands the whole file to the transform, which runs the same checks as `npm run content:check`
 * (with line numbers). The default parser would drop a file with malformed YAML silently.
 */
const wholeFile = defineParser({ hasContent: true, parse: (text: string) => ({ content: text }) });

/**
 * The production build stops at its first error, so that error carries the whole tree's report,
 * exactly as `npm run content:check` prints it. `next dev` keeps running and reports per file.
 */
function fail(problems: ContentValidationError["problems"]): never {
  if (process.env.NODE_ENV !== "production") throw new ContentValidationError(problems);
  const tree = checkContentTree({ contentDir: CONTENT_DIR, publicDir: "public" });
  throw new ContentValidationError(tree.problems.length > 0 ? tree.problems : problems, formatTreeCheck(tree).slice(-1));
}

type RawDoc = { content: string; _meta: { path: string } };

/** Parsed once per document object: every incident's transform needs all incidents' tags. */
const frontmatterCache = new WeakMap<RawDoc, unknown>();
function frontmatterOf(doc: RawDoc): unknown {
  if (!frontmatterCache.has(doc)) frontmatterCache.set(doc, parseContentFile(doc.content).data);
  return frontmatterCache.get(doc);
}

/**
 * The cross-file index (slugs, tags, drafts) is the same for every incident of one build.
 * Rebuilding it per document made the content step quadratic: 525 s for 10,000 files. It is
 * reused while the documents are the very same objects, so a changed file in `next dev` rebuilds it.
 */
let incidentIndexMemo: { docs: readonly RawDoc[]; exchangeSlugs: readonly string[]; index: ContentIndex } | undefined;
function incidentIndexFor(docs: readonly RawDoc[], exchangeSlugs: readonly string[]): ContentIndex {
  const memo = incidentIndexMemo;
  if (
    memo &&
    memo.docs.length === docs.length &&
    memo.exchangeSlugs.length === exchangeSlugs.length &&
    memo.docs.every((d, i) => d === docs[i]) &&
    memo.exchangeSlugs.every((s, i) => s === exchangeSlugs[i])
  ) {
    return memo.index;
  }
  const index = buildContentIndex({
    today: todayIso(),
    exchangeSlugs,
    incidents: docs.map((d) => ({ slug: d._meta.path, data: frontmatterOf(d) })),
    publicFileExists,
  });
  incidentIndexMemo = { docs, exchangeSlugs, index };
  return index;
}

function incidentSlugsOnDisk(): string[] {
  return readdirSync(path.join(CONTENT_DIR, "incidents"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => f.replace(/\.md$/, ""));
}

const exchanges = defineCollection({
  name: "exchanges",
  directory: `${CONTENT_DIR}/exchanges`,
  include: "*.md",
  parser: wholeFile,
  schema: z.object({ content: z.string() }),
  transform: async (doc, ctx) => {
    const file = `${CONTENT_DIR}/exchanges/${doc._meta.filePath}`;
    // Exchanges cannot see the incidents collection (it depends on this one), so links to
    // reports are checked against the file names, as content:check does for exchanges.
    const all = await ctx.collection.documents();
    const index = buildContentIndex({
      today: todayIso(),
      exchangeSlugs: all.map((d) => d._meta.path),
      exchanges: all.map((d) => ({ slug: d._meta.path, data: frontmatterOf(d) })),
      incidents: incidentSlugsOnDisk().map((slug) => ({ slug, data: undefined })),
      publicFileExists,
    });
    const result = checkExchangeFile(file, doc.content, index);
    if (!result.data) fail(result.problems);
    const { html } = renderMarkdown(result.body, result.tree);
    return { ...result.data, _meta: doc._meta, slug: doc._meta.path, html };
  },
});

const incidents = defineCollection({
  name: "incidents",
  directory: `${CONTENT_DIR}/incidents`,
  include: "*.md",
  parser: wholeFile,
  schema: z.object({ content: z.string() }),
  transform: async (doc, ctx) => {
    const file = `${CONTENT_DIR}/incidents/${doc._meta.filePath}`;
    const index = incidentIndexFor(
      await ctx.collection.documents(),
      ctx.documents(exchanges).map((d) => d._meta.path),
    );
    const result = checkIncidentFile(file, doc.content, index);
    if (!result.data) fail(result.problems);
    const { html, toc, wordCount } = renderMarkdown(result.body, result.tree);
    // The body goes to its own file so the generated module stays metadata-only (see lib/content/pipeline/bodies.ts).
    const bodyKey = writeIncidentBody({ html, toc });
    return {
      ...result.data,
      _meta: doc._meta,
      slug: doc._meta.path,
      bodyKey,
      readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    };
  },
});

export default defineConfig({ content: [exchanges, incidents] });
