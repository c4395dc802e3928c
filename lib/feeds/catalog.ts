/**
 * Which feeds exist and where: paths, formats and titles. No content access here, so the
 * metadata helper and pages can link feeds without loading incident bodies.
 */
import { siteConfig } from "@/config/site";
import { atomFeedPath, exchangeFeedPath, jsonFeedPath, rssFeedPath, tagFeedPath } from "@/lib/routes";

export const FEED_FORMATS = {
  rss: { mime: "application/rss+xml", label: "RSS 2.0" },
  atom: { mime: "application/atom+xml", label: "Atom 1.0" },
  json: { mime: "application/feed+json", label: "JSON Feed 1.1" },
} as const;

export type FeedFormat = keyof typeof FEED_FORMATS;

export type FeedLink = { path: string; format: FeedFormat; title: string };

/** Site-wide feeds carry this many newest incidents; tag and exchange feeds carry all of theirs up to it. */
export const FEED_ITEM_LIMIT = 50;

export function contentTypeOf(format: FeedFormat): string {
  return `${FEED_FORMATS[format].mime}; charset=utf-8`;
}

export function siteFeedLinks(): FeedLink[] {
  return [
    { path: rssFeedPath(), format: "rss", title: `${siteConfig.name}: all incidents (RSS)` },
    { path: atomFeedPath(), format: "atom", title: `${siteConfig.name}: all incidents (Atom)` },
    { path: jsonFeedPath(), format: "json", title: `${siteConfig.name}: all incidents (JSON Feed)` },
  ];
}

export function tagFeedLink(tag: string): FeedLink {
  return { path: tagFeedPath(tag), format: "rss", title: `${siteConfig.name}: #${tag} (RSS)` };
}

export function exchangeFeedLink(slug: string, name: string): FeedLink {
  return { path: exchangeFeedPath(slug), format: "rss", title: `${siteConfig.name}: ${name} incidents (RSS)` };
}

/**
 * Chromium shows `application/rss+xml` and `application/atom+xml` as plain text and never applies the
 * feed's XSLT stylesheet; as `application/xml` it does. So a browser opening a feed as a page
 * (`Sec-Fetch-Dest: document`) gets the same bytes labelled XML, and feed readers keep the feed's own type.
 * Undefined when the response keeps its type.
 */
export function browserFeedContentType(pathname: string, fetchDest: string | null): string | undefined {
  if (fetchDest !== "document") return undefined;
  if (!/^\/(feed\.xml|atom\.xml|tags\/[^/]+\/feed\.xml|exchanges\/[^/]+\/feed\.xml)$/.test(pathname)) return undefined;
  return "application/xml; charset=utf-8";
}
