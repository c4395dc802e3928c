/**
 * Markdown → sanitized HTML for incident and exchange bodies.
 * Content is treated as untrusted: raw HTML is parsed and then filtered through an allowlist,
 * so a stray <script> or onerror= in a committed file never reaches a reader.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import { visit } from "unist-util-visit";
import { toString as hastToString } from "hast-util-to-string";
import type { Root, Element } from "hast";
import type { Root as MdastRoot } from "mdast";
import type { TocEntry } from "../model/types";

export type RenderedMarkdown = { html: string; toc: TocEntry[]; wordCount: number };

const schema = {
  ...defaultSchema,
  // The sanitizer prefixes every id/name (DOM clobbering); remark-rehype adds none, so footnotes get exactly one.
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["https"] },
};

/** Absolute http(s) links and protocol-relative ones ("//host", and "/\\host", which browsers read the same way). */
function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href) || /^[/\\]{2}/.test(href);
}

/**
 * Images may come from this site (a path) or from an https:// URL. The sanitizer already dropped other
 * schemes (data:, javascript:, http:); this also refuses protocol-relative URLs, which would load from
 * another host over whatever scheme the page happens to use.
 */
function isAllowedImageSource(src: string): boolean {
  if (/^https:\/\//i.test(src)) return true;
  return !/^[/\\]{2}/.test(src) && !/^[a-z][a-z0-9+.-]*:/i.test(src);
}

const CLOBBER_PREFIX = "user-content-";

/**
 * Adds rel/target to external links, points in-page links at the prefixed ids the sanitizer
 * produced (footnotes), and collects h2/h3 for the table of contents.
 */
function rehypeNewsroom(toc: TocEntry[]) {
  return () => (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, "element", (node: Element) => {
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    });
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "img") {
        const src = node.properties.src;
        if (typeof src !== "string" || !isAllowedImageSource(src.trim())) delete node.properties.src;
      }
      if (node.tagName === "a") {
        const href = node.properties.href;
        if (typeof href === "string" && href.startsWith("#") && !ids.has(href.slice(1)) && ids.has(CLOBBER_PREFIX + href.slice(1))) {
          node.properties.href = `#${CLOBBER_PREFIX}${href.slice(1)}`;
        }
        if (typeof href === "string" && isExternal(href)) {
          node.properties.rel = ["noopener", "noreferrer"];
          node.properties.target = "_blank";
        }
      }
      const id = node.properties.id;
      if ((node.tagName === "h2" || node.tagName === "h3") && typeof id === "string" && !id.startsWith(CLOBBER_PREFIX)) {
        toc.push({ depth: node.tagName === "h2" ? 2 : 3, id, text: hastToString(node).trim() });
      }
      if (node.tagName === "table") {
        // Wide tables scroll inside the article instead of widening the page on phones.
        node.properties.className = ["md-table"];
      }
    });
  };
}

/** Markdown (with GitHub extensions) → syntax tree; the content checks and the renderer share one parse. */
export function parseMarkdown(markdown: string): MdastRoot {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

/** Pass `tree` when the body was already parsed (content checks), so it is not parsed twice. */
export function renderMarkdown(markdown: string, tree: MdastRoot = parseMarkdown(markdown)): RenderedMarkdown {
  const toc: TocEntry[] = [];
  // Starts from the syntax tree, so the processor needs no parser.
  const processor = unified()
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: "" })
    .use(rehypeRaw)
    .use(rehypeSanitize, schema)
    .use(rehypeSlug)
    .use(rehypeNewsroom(toc))
    .use(rehypeStringify);
  const html = processor.stringify(processor.runSync(tree));
  const wordCount = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/[#>*_`|\-[\]()!]/g, " ")
    .split(/\s+/)
    .filter(Boolean).length;
  return { html, toc, wordCount };
}
