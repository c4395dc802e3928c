/**
 * Content pages ship no framework JavaScript. Next 16's App Router has no supported switch for that (the
 * Pages Router's `unstable_runtimeJS` was never carried over; vercel/next.js #45009 and #34063 are open), so
 * the runtime is removed from the HTML Next writes: prerendered pages after `next build`
 * (scripts/finish-prerendered-html.ts) and pages rendered per request in the front door
 * (lib/http/front-door.ts). The server-rendered HTML is already the whole page; what goes is what hydration
 * needs: the chunk scripts, their preloads, Turbopack's bootstrap and the flight data (the RSC payload that
 * repeats the page for React).
 *
 * The removal only knows the output shape it was written for. Anything else — an inline script it does not
 * recognise (a Suspense boundary's `$RC` swap, a `next/script`), or a page without the runtime it expects —
 * throws, so a Next upgrade that changes the shape fails the build instead of shipping a broken page.
 */

import { explorerPath, searchPath } from "@/lib/routes";
import { isExecutableScript } from "./scripts";

/** Pages whose interaction is React on the client: the explorer's filters and the Pagefind search. */
const CLIENT_RUNTIME_ROUTES = new Set([explorerPath(), searchPath()]);

export function keepsClientRuntime(route: string): boolean {
  return CLIENT_RUNTIME_ROUTES.has(route.length > 1 ? route.replace(/\/+$/, "") : route);
}

export class UnexpectedNextOutputError extends Error {
  constructor(message: string) {
    super(`${message} — Next's HTML output no longer has the shape lib/html/client-runtime.ts removes; update it for this Next version.`);
    this.name = "UnexpectedNextOutputError";
  }
}

/** Where Next serves its own hashed client assets from. */
const NEXT_ASSET = /^\/_next\/static\//;
/** The Flight (RSC payload) scripts: `(self.__next_f=self.__next_f||[]).push([0])` then `self.__next_f.push([1,"…"])`. */
const FLIGHT_SCRIPT = /^\s*(?:\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)|self\.__next_f)\.push\(/;
/** Turbopack's bootstrap: `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({...})`. */
const TURBOPACK_BOOTSTRAP = /^\s*\(globalThis\["TURBOPACK"\]/;
/** A chunk script left anywhere in the result means the removal missed one. */
const CHUNK_SCRIPT_REFERENCE = /<script\b[^>]*\ssrc="\/_next\/static\/[^"]*"/i;

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const LINK_ELEMENT = /<link\b([^>]*)\/?>/gi;

export type RuntimeRemoval = {
  html: string;
  /** `<script src="/_next/static/…">` elements removed. */
  chunkScripts: number;
  /** Inline Flight and bootstrap scripts removed. */
  inlineScripts: number;
  /** `<link rel="preload" as="script">` / `modulepreload` removed. */
  preloads: number;
};

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, "i").exec(attributes)?.[1];
}

/**
 * The page without Next's client runtime. `where` names the page in errors. With `requireRuntime` (the build),
 * a page that carries no runtime at all is an error too; per request, a page already cleaned at build passes
 * through unchanged.
 */
export function removeClientRuntime(html: string, where: string, { requireRuntime }: { requireRuntime: boolean }): RuntimeRemoval {
  let chunkScripts = 0;
  let inlineScripts = 0;
  let flight = 0;
  let preloads = 0;
  let unexpected: string | undefined;
  let out = html.replace(SCRIPT_ELEMENT, (element, attributes: string, body: string) => {
    // Data blocks (JSON-LD) are not run; they are the page's own content.
    if (!isExecutableScript(attributes)) return element;
    const src = attribute(attributes, "src");
    if (src !== undefined) {
      if (!NEXT_ASSET.test(src)) return element;
      chunkScripts++;
      return "";
    }
    if (FLIGHT_SCRIPT.test(body)) {
      flight++;
      inlineScripts++;
      return "";
    }
    if (TURBOPACK_BOOTSTRAP.test(body)) {
      inlineScripts++;
      return "";
    }
    unexpected ??= body.slice(0, 120);
    return element;
  });
  out = out.replace(LINK_ELEMENT, (element, attributes: string) => {
    const rel = attribute(attributes, "rel")?.toLowerCase();
    const isScriptPreload = rel === "modulepreload" || (rel === "preload" && attribute(attributes, "as")?.toLowerCase() === "script");
    if (!isScriptPreload || !NEXT_ASSET.test(attribute(attributes, "href") ?? "")) return element;
    preloads++;
    return "";
  });
  if (unexpected !== undefined) throw new UnexpectedNextOutputError(`${where}: an inline script that is not Flight data or the bootstrap: ${JSON.stringify(unexpected)}`);
  const touched = chunkScripts + inlineScripts + preloads > 0;
  if (requireRuntime || touched) {
    if (chunkScripts === 0) throw new UnexpectedNextOutputError(`${where}: no <script src="/_next/static/…"> chunk found`);
    if (flight === 0) throw new UnexpectedNextOutputError(`${where}: no self.__next_f Flight script found`);
  }
  if (CHUNK_SCRIPT_REFERENCE.test(out)) throw new UnexpectedNextOutputError(`${where}: a chunk script survived the removal`);
  return { html: out, chunkScripts, inlineScripts, preloads };
}
