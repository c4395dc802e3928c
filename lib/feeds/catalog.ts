/**
 * Which feeds exist and where: paths, formats and titles. No content access here, so the
 * metadata helper and pages can link feeds without loading incident bodies.
 */
import { siteConfig } from "@/config/site";

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
    { path: "/feed.xml", format: "rss", title: `${siteConfig.name}: all incidents (RSS)` },
    { path: "/atom.xml", format: "atom", title: `${siteConfig.name}: all incidents (Atom)` },
    { path: "/feed.json", format: "json", title: `${siteConfig.name}: all incidents (JSON Feed)` },
  ];
}

export function tagFeedLink(tag: string): FeedLink {
  return { path: `/tags/${tag}/feed.xml`, format: "rss", title: `${siteConfig.name}: #${tag} (RSS)` };
}

export function exchangeFeedLink(slug: string, name: string): FeedLink {
  return { path: `/exchanges/${slug}/feed.xml`, format: "rss", title: `${siteConfig.name}: ${name} incidents (RSS)` };
}
