/**
 * The slice of Pagefind's browser API we use. The module is generated at build time into
 * public/pagefind, so it is loaded at runtime by URL (a native dynamic import, allowed by a
 * script-src 'self' policy; Pagefind itself also needs 'wasm-unsafe-eval' for its WebAssembly).
 */
export type PagefindResultData = {
  url: string;
  excerpt: string;
  /** Written at build time by SearchRecordMeta: status slug, ISO date, loss in USD, summary. */
  meta: { title?: string; status?: string; date?: string; loss?: string; summary?: string };
  filters: Record<string, string[]>;
};

type PagefindResult = { id: string; data: () => Promise<PagefindResultData> };
export type PagefindFilterCounts = Record<string, Record<string, number>>;

export type Pagefind = {
  options: (options: { excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  /** `filters`: for each filter value, how many of these results it would keep (counts that follow the query). */
  search: (
    term: string | null,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: PagefindResult[]; filters?: PagefindFilterCounts } | null>;
  filters: () => Promise<PagefindFilterCounts>;
};

const PAGEFIND_URL = "/pagefind/pagefind.js";

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const mod: unknown = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL);
    if (typeof mod !== "object" || mod === null || !("search" in mod) || typeof mod.search !== "function") {
      throw new Error(`${PAGEFIND_URL} is not the Pagefind module; run npm run build to generate the search index`);
    }
    const pagefind = mod as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&#x27;": "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
}

/**
 * Pagefind's excerpt is escaped text with <mark> around hits. We split it into plain strings and
 * highlighted strings instead of injecting it as HTML.
 */
export function parseExcerpt(excerpt: string): { text: string; highlighted: boolean }[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== "")
    .map((part) => {
      const hit = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
      return { text: decodeEntities((hit?.[1] ?? part).replace(/<[^>]*>/g, "")), highlighted: hit !== null };
    });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The summary with the searched words marked, in the same shape as parseExcerpt: a result reads
 * from its first sentence instead of from wherever Pagefind's excerpt window happens to start.
 * Words match at their start ("hack" marks "hacked"), as Pagefind's stemming does.
 */
export function highlightTerms(text: string, term: string): { text: string; highlighted: boolean }[] {
  const words = term.trim().split(/\s+/).filter((w) => w.length >= 2).map(escapeRegExp);
  if (words.length === 0) return [{ text, highlighted: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])((?:${words.join("|")})[\\p{L}\\p{N}]*)`, "giu");
  // split() with one capturing group puts the matches at the odd positions.
  return text
    .split(pattern)
    .map((part, i) => ({ text: part, highlighted: i % 2 === 1 }))
    .filter((part) => part.text !== "");
}
