/** What a page costs a browser, read from its prerendered HTML (bench/run.ts; unit-tested on its own). */
import { gzipSync } from "node:zlib";
import { extractInlineScripts } from "@/lib/html/scripts";

/** Issue 19: an article's JavaScript, fetched files and inline scripts together, gzip. */
export const ARTICLE_JS_BUDGET_BYTES = 5 * 1024;

export type PageWeight = {
  page: string;
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Distinct `<script src>` files. */
  scripts: number;
  /** gzip of those files, as fetched. */
  jsGzipBytes: number;
  /** Inline scripts that run (flight data, bootstraps, enhancements); JSON-LD and other data blocks excluded. */
  inlineScripts?: number;
  /** gzip of the inline scripts' text together (they travel inside the HTML, compressed with it). */
  inlineJsGzipBytes?: number;
};

/** The text of every inline `<script>` a browser would run (the site's one rule, lib/html/scripts.ts). */
export const inlineScriptTexts = extractInlineScripts;

/**
 * HTML weight, the gzip size of every script file the HTML references (what a browser fetches; `readScript`
 * returns a file's bytes by its src, undefined if it is not part of the build) and of its inline scripts.
 */
export function measureHtml(page: string, htmlPath: string, html: string, readScript: (src: string) => Buffer | undefined): PageWeight {
  const unique = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? ""))];
  const jsGzipBytes = unique.reduce((sum, src) => {
    const bytes = readScript(src);
    return bytes ? sum + gzipSync(bytes).length : sum;
  }, 0);
  const inline = inlineScriptTexts(html);
  return {
    page,
    path: htmlPath,
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSync(html).length,
    scripts: unique.length,
    jsGzipBytes,
    inlineScripts: inline.length,
    inlineJsGzipBytes: inline.length > 0 ? gzipSync(inline.join("\n")).length : 0,
  };
}

/** Every byte of JavaScript a page runs, gzip: fetched files plus inline scripts. */
export const totalJsGzip = (p: PageWeight) => p.jsGzipBytes + (p.inlineJsGzipBytes ?? 0);
