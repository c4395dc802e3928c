/**
 * Cache-Control for a CDN in front of several app instances (docs/deployment.md has the table). Next marks
 * prerendered pages and static route handlers `s-maxage=31536000` unless a Cache-Control is already set,
 * which would pin a corrected article at the edge for a year; proxy.ts sets these first.
 */
import { ENHANCEMENT_DIR } from "@/lib/enhancements/budget";

/** Prerendered HTML: edges keep it 5 minutes, then serve it stale for a day while refetching. */
export const PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";
/** Feeds, sitemap and open data: readers poll these, so browsers may keep them 5 minutes too. */
export const FEED_CACHE_CONTROL = "public, max-age=300, s-maxage=300, stale-while-revalidate=86400";
/** Route handlers that change state (and the health check) must never come from a cache. */
export const NO_STORE = "no-store";
/** Set by Next itself on /_next/static: file names carry a content hash. */
export const HASHED_ASSET_CACHE_CONTROL = "public, max-age=31536000, immutable";

const FEED_LIKE = /\.(xml|xsl|json|csv|txt)$/;

/**
 * The policy for a path, or undefined to leave Next's own header (per-request pages are already
 * `private, no-store`). `prerendered` says whether the path is a page built ahead of time.
 */
export function cacheControlFor(pathname: string, prerendered: boolean): string | undefined {
  if (pathname === "/api" || pathname.startsWith("/api/")) return NO_STORE;
  // The enhancement script's file name is its content hash (scripts/build-enhancements.ts).
  if (pathname.startsWith(`/${ENHANCEMENT_DIR}/`)) return HASHED_ASSET_CACHE_CONTROL;
  if (FEED_LIKE.test(pathname)) return FEED_CACHE_CONTROL;
  if (prerendered) return PAGE_CACHE_CONTROL;
  return undefined;
}
