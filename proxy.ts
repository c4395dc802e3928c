import { readFileSync } from "node:fs";
import path from "node:path";
import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy, methodNotAllowed, type CspManifest } from "@/lib/security/headers";
import { cacheControlFor, NO_STORE } from "@/lib/http/cache-policy";
import { browserFeedContentType } from "@/lib/feeds/catalog";
import { prerenderedPathForQuery } from "@/lib/stats/explorer";
import { explorerPath, incidentPath } from "@/lib/routes";

const development = process.env.NODE_ENV === "development";

let manifest: CspManifest | undefined;
function loadManifest(): CspManifest {
  if (manifest) return manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/csp-manifest.json"), "utf8")) as CspManifest;
  } catch (error) {
    // Without the manifest (next dev, or a build that skipped the post-build step) every page gets
    // a nonce: static pages then fail closed — their inline scripts are blocked, never allowed.
    if (!development) console.error("proxy: .next/csp-manifest.json missing; run `npm run build`", error);
    manifest = { version: 1, routes: {}, notFound: [] };
  }
  return manifest;
}

function normalise(pathname: string): string {
  return pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
}

/** Read-only methods for everything outside /api: pages, feeds, data files, images. */
const READ_METHODS = new Set(["GET", "HEAD"]);

export function proxy(request: NextRequest) {
  // Prerendered routes would otherwise answer any method with the page itself (a POST to a tag feed got 200).
  if (!READ_METHODS.has(request.method) && !request.nextUrl.pathname.startsWith("/api/")) {
    const refusal = methodNotAllowed(request.method, ["GET", "HEAD"]);
    refusal.headers.set("Content-Security-Policy", buildContentSecurityPolicy({ scriptHashes: [], development }));
    return refusal;
  }
  const { routes, notFound } = loadManifest();
  const unknownCard = development ? undefined : unknownSocialCard(request.nextUrl.pathname, routes);
  if (unknownCard) return unknownCard;
  const explorerTarget = request.nextUrl.pathname === explorerPath() ? explorerRedirect(request, routes) : undefined;
  if (explorerTarget) return explorerTarget;
  const hashes = routes[normalise(request.nextUrl.pathname)];
  // Prerendered pages are allowed exactly their own inline scripts. Everything else (pages
  // rendered per request, 404s) gets a per-request nonce that Next applies while rendering.
  const nonce = hashes ? undefined : Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildContentSecurityPolicy({ scriptHashes: hashes ?? notFound, nonce, development });
  const requestHeaders = new Headers(request.headers);
  if (nonce) {
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // Set before Next renders, so its own `s-maxage=31536000` for prerendered output does not apply.
  const cacheControl = development ? undefined : cacheControlFor(request.nextUrl.pathname, hashes !== undefined);
  if (cacheControl) response.headers.set("Cache-Control", cacheControl);
  const feedAsPage = browserFeedContentType(request.nextUrl.pathname, request.headers.get("sec-fetch-dest"));
  if (feedAsPage) {
    response.headers.set("Content-Type", feedAsPage);
    response.headers.set("Vary", "Sec-Fetch-Dest");
  }
  return response;
}

/**
 * /incidents?year=2018 (a shared link, or the filter form submitted without JavaScript) is the
 * prerendered /incidents/year/2018; send the reader there so the page shows what the link asks.
 * Only for facet values that have a page (a stale value still opens the explorer, minus that
 * filter); a page past the end goes to a page number that does not exist and answers 404.
 */
function explorerRedirect(request: NextRequest, routes: CspManifest["routes"]): NextResponse | undefined {
  // Only a reader's page load: the router's own data requests (RSC, prefetch) must get the page as asked.
  if (request.nextUrl.search === "" || request.headers.has("rsc") || request.nextUrl.searchParams.has("_rsc")) return undefined;
  const target = prerenderedPathForQuery(request.nextUrl.searchParams);
  if (!target) return undefined;
  const firstPage = target.replace(/\/page\/\d+$/, "");
  if (!(target in routes) && !(firstPage in routes)) return undefined;
  const url = request.nextUrl.clone();
  url.pathname = target;
  url.search = "";
  const response = NextResponse.redirect(url, 307);
  response.headers.set("Content-Security-Policy", buildContentSecurityPolicy({ scriptHashes: [], development }));
  return response;
}

const SOCIAL_CARD = /^\/incidents\/([^/]+)\/opengraph-image$/;

/**
 * Report cards render on first request and are then cached (app/incidents/[slug]/opengraph-image.tsx).
 * Next would cache a 404 for any made-up slug too, one file pair on disk per address a crawler or
 * attacker invents; a card exists exactly when its article was prerendered, so answer the rest here.
 */
function unknownSocialCard(pathname: string, routes: CspManifest["routes"]): NextResponse | undefined {
  const slug = SOCIAL_CARD.exec(pathname)?.[1];
  // Without a manifest (a build that skipped the post-build step) nothing is known: let Next answer.
  if (slug === undefined || !("/" in routes) || incidentPath(decodeURIComponent(slug)) in routes) return undefined;
  const response = new NextResponse("Not found: no incident report has this address.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  response.headers.set("Content-Security-Policy", buildContentSecurityPolicy({ scriptHashes: [], development }));
  response.headers.set("Cache-Control", NO_STORE);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
