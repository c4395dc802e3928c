/**
 * Security headers for every response. The Content-Security-Policy for prerendered pages allows
 * exactly the inline scripts that page was built with (sha256 hashes computed after `next build`,
 * see scripts/finish-prerendered-html.ts); pages rendered per request get a fresh nonce instead. Neither path
 * needs 'unsafe-inline' or 'unsafe-eval' in production.
 */

export type CspOptions = {
  scriptHashes: readonly string[];
  nonce?: string;
  development: boolean;
};

export function buildContentSecurityPolicy({ scriptHashes, nonce, development }: CspOptions): string {
  const scriptSources = [
    "'self'",
    ...scriptHashes.map((h) => `'${h}'`),
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    // Pagefind's search runs as WebAssembly; this allows compiling wasm only, not eval of strings.
    "'wasm-unsafe-eval'",
    // React's dev overlay rebuilds stacks with eval; never in production.
    ...(development ? ["'unsafe-eval'", "'unsafe-inline'"] : []),
  ];
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    // Inline style attributes come from React; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    ...(development ? [] : ["upgrade-insecure-requests"]),
  ];
  return directives.join("; ");
}

export type CspManifest = {
  version: 1;
  /** Route path ("/incidents/okex-2017") → sha256 sources of that page's inline scripts. */
  routes: Record<string, string[]>;
  /** Hashes of the prerendered 404 page, served for any path that matches no route. */
  notFound: string[];
};

/** "incidents/okex-2017.html" → "/incidents/okex-2017"; "index.html" → "/". */
export function routeForHtmlFile(relativeHtmlPath: string): string {
  const withoutExt = relativeHtmlPath.replace(/\\/g, "/").replace(/\.html$/, "");
  if (withoutExt === "index") return "/";
  return `/${withoutExt.replace(/\/index$/, "")}`;
}

/**
 * React writes `<link rel="preload" as="script" fetchPriority="low">` for each bootstrap script, which the
 * same page always loads with `<script async>` too. With JavaScript off the script tags are never fetched,
 * but Chromium still requests the preload and refuses it, logged as CSP-blocked on every page. The
 * preload gains a browser that runs scripts nothing (low priority, same file), so it goes. Only ASCII is
 * matched, so the function can run on any byte chunk decoded as latin1 (see lib/http/front-door.ts).
 */
export function dropBootstrapScriptPreloads(html: string): string {
  return html.replace(/<link rel="preload" as="script" fetchPriority="low"(?: nonce="[^"]*")? href="[^"]+"(?: integrity="[^"]*")?(?: crossorigin="[^"]*")?\/>/g, "");
}

/**
 * 405 with an Allow header and a message saying what to use instead. Next's own 405 has no body and
 * prerendered routes answer every method, so the proxy and the API routes both answer through this.
 */
export function methodNotAllowed(method: string, allowed: readonly string[]): Response {
  const list = allowed.join(", ");
  return Response.json(
    { ok: false, error: `Method ${method} is not allowed here: use ${list}.` },
    { status: 405, headers: { Allow: list, "Cache-Control": "no-store" } },
  );
}

/**
 * Page-independent headers every response carries. next.config.mjs sets the same list through `headers()`
 * (tests/unit/security-headers.test.ts keeps the two equal); the front door adds them to the answers Next
 * writes before its header rules run (its own 308 redirects and 500s) and to its own refusals.
 */
export function baseSecurityHeaders(production: boolean): [string, string][] {
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["X-Frame-Options", "DENY"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ...(production ? [["Strict-Transport-Security", "max-age=63072000; includeSubDomains; preload"] as [string, string]] : []),
  ];
}

/** The policy for responses that are never documents (assets, refusals, redirects). */
export const NON_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'";
