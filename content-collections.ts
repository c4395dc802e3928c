import path from "node:path";
import { defineCollection, defineConfig } from "@content-collections/core";
import { z } from "zod";
import { exchangeFrontmatter, incidentFrontmatter } from "./lib/content/schema";
import { renderMarkdown } from "./lib/content/markdown";
import { checkExchangeReferences, checkIncidentReferences, ContentValidationError } from "./lib/content/validate";

// CONTENT_DIR lets benchmarks and fixture builds point at another tree; the real content stays untouched.
const CONTENT_DIR = path.relative(process.cwd(), path.resolve(process.env.CONTENT_DIR ?? "content")) || ".";
const WORDS_PER_MINUTE = 220;

const exchanges = defineCollection({
  name: "exchanges",
  directory: `${CONTENT_DIR}/exchanges`,
  include: "*.md",
  schema: exchangeFrontmatter.extend({ content: z.string() }),
  transform: async (doc, ctx) => {
    const file = `${CONTENT_DIR}/exchanges/${doc._meta.filePath}`;
    const known = new Set((await ctx.collection.documents()).map((d) => d._meta.path));
    const problems = checkExchangeReferences(file, doc, known);
    if (problems.length > 0) throw new ContentValidationError(problems);
    const { content, ...rest } = doc;
    const { html } = renderMarkdown(content);
    return { ...rest, slug: doc._meta.path, html };
  },
});

const incidents = defineCollection({
  name: "incidents",
  directory: `${CONTENT_DIR}/incidents`,
  include: "*.md",
  schema: incidentFrontmatter.extend({ content: z.string() }),
  transform: (doc, ctx) => {
    const file = `${CONTENT_DIR}/incidents/${doc._meta.filePath}`;
    const known = new Set(ctx.documents(exchanges).map((d) => d._meta.path));
    const problems = checkIncidentReferences(file, doc, known);
    if (problems.length > 0) throw new ContentValidationError(problems);
    const { content, ...rest } = doc;
    const { html, toc, wordCount } = renderMarkdown(content);
    return {
      ...rest,
      slug: doc._meta.path,
      html,
      toc,
      readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    };
  },
});

export default defineConfig({ content: [exchanges, incidents] });
