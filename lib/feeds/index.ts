/**
 * Feeds for the routes: picks the incidents from lib/content, fills in site facts from
 * config and SITE_URL, and hands them to the pure builders in ./build.
 */
import { siteConfig } from "@/config/site";
import { absoluteUrl, env } from "@/lib/env";
import {
  getExchangeNames,
  getExchange,
  listExchangeRefs,
  listFeedIncidents,
  listTags,
  listTagSlugs,
  type FeedFilter,
} from "@/lib/content";
import { buildAtomFeed, buildJsonFeed, buildRssFeed, type FeedChannel, type FeedInput } from "./build";
import {
  contentTypeOf,
  exchangeFeedLink,
  FEED_FORMATS,
  FEED_ITEM_LIMIT,
  siteFeedLinks,
  tagFeedLink,
  type FeedFormat,
  type FeedLink,
} from "./catalog";

import { FEED_STYLESHEET, FEED_STYLESHEET_CONTENT_TYPE } from "./stylesheet";
import { exchangePath, logoPath, feedsPath, homePath, tagPath } from "@/lib/routes";

export * from "./catalog";

function channel(fields: { title: string; description: string; homePath: string; feedPath: string }): FeedChannel {
  return {
    title: fields.title,
    description: fields.description,
    homeUrl: absoluteUrl(fields.homePath),
    feedUrl: absoluteUrl(fields.feedPath),
    siteUrl: env.SITE_URL,
    siteName: siteConfig.name,
    language: siteConfig.language,
    imageUrl: absoluteUrl(logoPath()),
  };
}

function input(ch: FeedChannel, filter: FeedFilter): FeedInput {
  return { channel: ch, incidents: listFeedIncidents(filter, FEED_ITEM_LIMIT), exchangeNames: getExchangeNames() };
}

const BUILDERS: Record<FeedFormat, (input: FeedInput) => string> = {
  rss: buildRssFeed,
  atom: buildAtomFeed,
  json: buildJsonFeed,
};

/**
 * Browsers show RSS and Atom through the XSLT stylesheet; the Link header also points at /feeds for
 * clients that ignore it (and for JSON Feed, which has no stylesheet).
 */
function feedResponse(format: FeedFormat, body: string): Response {
  return new Response(body, {
    headers: { "Content-Type": contentTypeOf(format), Link: `<${feedsPath()}>; rel="help"; type="text/html"` },
  });
}

export function feedStylesheetResponse(): Response {
  return new Response(FEED_STYLESHEET, { headers: { "Content-Type": FEED_STYLESHEET_CONTENT_TYPE } });
}

export function siteFeedResponse(format: FeedFormat): Response {
  const link = siteFeedLinks().find((l) => l.format === format);
  if (!link) throw new Error(`No site feed is configured for format "${format}"`);
  const ch = channel({ title: siteConfig.name, description: siteConfig.description, homePath: homePath(), feedPath: link.path });
  return feedResponse(format, BUILDERS[format](input(ch, {})));
}

/** undefined when the tag has no published incident (the route answers 404). */
export function tagFeedResponse(tag: string): Response | undefined {
  if (!listTagSlugs().includes(tag)) return undefined;
  const ch = channel({
    title: `${siteConfig.name}: #${tag}`,
    description: `Crypto-security incidents tagged ${tag}, from ${siteConfig.name}.`,
    homePath: tagPath(tag),
    feedPath: tagFeedLink(tag).path,
  });
  return feedResponse("rss", buildRssFeed(input(ch, { tag })));
}

/** undefined for an unknown exchange (the route answers 404). */
export function exchangeFeedResponse(slug: string): Response | undefined {
  const exchange = getExchange(slug);
  if (!exchange) return undefined;
  const ch = channel({
    title: `${siteConfig.name}: ${exchange.name}`,
    description: `Security incidents involving ${exchange.name}, from ${siteConfig.name}.`,
    homePath: exchangePath(slug),
    feedPath: exchangeFeedLink(slug, exchange.name).path,
  });
  return feedResponse("rss", buildRssFeed(input(ch, { exchange: slug })));
}

export type FeedDirectoryEntry = FeedLink & { label: string; url: string };
export type FeedDirectoryGroup = { id: string; heading: string; intro: string; feeds: FeedDirectoryEntry[] };

function entry(link: FeedLink, label: string): FeedDirectoryEntry {
  return { ...link, label, url: absoluteUrl(link.path) };
}

/** Every feed we publish, grouped for the /feeds page. */
export function listFeedDirectory(): FeedDirectoryGroup[] {
  return [
    {
      id: "site-feeds",
      heading: "All incidents",
      intro: `The ${String(FEED_ITEM_LIMIT)} newest reports, in the format your reader prefers.`,
      feeds: siteFeedLinks().map((l) => entry(l, `All incidents (${FEED_FORMATS[l.format].label})`)),
    },
    {
      id: "tag-feeds",
      heading: "By tag",
      intro: "Only the reports with one tag, such as an attack type or a region.",
      feeds: listTags().map(({ tag, count }) => entry(tagFeedLink(tag), `#${tag} (${String(count)})`)),
    },
    {
      id: "exchange-feeds",
      heading: "By exchange",
      intro: "Every report involving one exchange, including ones without incidents yet.",
      feeds: listExchangeRefs().map(({ slug, name }) => entry(exchangeFeedLink(slug, name), name)),
    },
  ];
}
