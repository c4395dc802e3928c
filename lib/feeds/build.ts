/**
 * Pure feed builders: our Incident type in, a feed document out. No content or env access,
 * so the unit tests can feed them fixtures with hostile titles and check the exact output.
 *
 * Escaping contract (what a reader shows must equal what the editor wrote):
 * - RSS <title>: plain text in CDATA. <description>: escaped HTML of the summary (RSS readers render it as HTML).
 * - Atom: the `feed` library marks title/summary type="html", so plain text is HTML-escaped first.
 * - JSON Feed: title and summary are plain text by spec; JSON.stringify does the escaping.
 * - Bodies: the sanitized article HTML from lib/content, with relative URLs made absolute, between
 *   the facts a reader needs away from our page (status, reported loss) and the sources and
 *   updates log that back them: a feed item is the whole report, not a teaser.
 */
import RSS from "rss";
import { Feed } from "feed";
import { type Incident, STATUS_INFO, UPDATE_KIND_LABELS } from "@/lib/content/model";
import { formatDate } from "@/lib/format";
import { describeReportedLoss } from "@/lib/losses";
import { absolutizeHtml, escapeHtml } from "./html";
import { withFeedStylesheet } from "./stylesheet";
import { incidentPath } from "@/lib/routes";

export type FeedChannel = {
  title: string;
  description: string;
  /** Absolute URL of the HTML page this feed mirrors (a tag page, an exchange page, the home page). */
  homeUrl: string;
  /** Absolute URL of this feed itself (rel="self"). */
  feedUrl: string;
  /** Absolute site root; item permalinks are `<siteUrl>/incidents/<slug>`. */
  siteUrl: string;
  siteName: string;
  language: string;
  /** Absolute URL of a small PNG logo (RSS <image>, Atom <logo>, JSON Feed icon). */
  imageUrl: string;
};

export type FeedInput = {
  channel: FeedChannel;
  /** Newest first. */
  incidents: readonly Incident[];
  exchangeNames: ReadonlyMap<string, string>;
};

function incidentPermalink(siteUrl: string, slug: string): string {
  return new URL(incidentPath(slug), `${siteUrl}/`).toString();
}

/** Content dates are calendar days; feeds need instants, so a day means its start in UTC. */
function dayToDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

function newestUpdate(incidents: readonly Incident[]): Date | undefined {
  const days = incidents.map((i) => i.updated).sort();
  const last = days[days.length - 1];
  return last === undefined ? undefined : dayToDate(last);
}

function exchangeNamesOf(incident: Incident, names: ReadonlyMap<string, string>): string[] {
  return incident.exchanges.map((slug) => names.get(slug) ?? slug);
}

/**
 * The feed libraries wrap bodies in CDATA, and the `feed` library does not split a "]]>" inside: the
 * text "]]>" in an article would end the CDATA early and let the rest be parsed as XML elements.
 * "]]&gt;" means the same to the HTML parser of a feed reader.
 */
function itemBody(incident: Incident, siteUrl: string): string {
  const article = absolutizeHtml(incident.html, incidentPermalink(siteUrl, incident.slug));
  return [itemFacts(incident), article, itemSources(incident), itemUpdates(incident)].join("\n").replaceAll("]]>", "]]&gt;");
}

function itemFacts(incident: Incident): string {
  const status = STATUS_INFO[incident.status];
  return (
    `<p><strong>Status:</strong> ${escapeHtml(status.label)} — ${escapeHtml(status.meaning)}<br>` +
    `<strong>Reported loss:</strong> ${escapeHtml(describeReportedLoss(incident))}</p>`
  );
}

function itemSources(incident: Incident): string {
  const items = incident.sources.map((source) => {
    const byline = [source.publisher, source.date === undefined ? undefined : formatDate(source.date)].filter((part) => part !== undefined);
    const suffix = byline.length > 0 ? `, ${escapeHtml(byline.join(", "))}` : "";
    return `<li><a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a>${suffix}</li>`;
  });
  return `<h2>Sources</h2>\n<ul>${items.join("")}</ul>`;
}

/** The corrections log as the article shows it: newest first, each entry with its kind and date. */
function itemUpdates(incident: Incident): string {
  if (incident.updates.length === 0) return "";
  const newestFirst = [...incident.updates].sort((a, b) => b.date.localeCompare(a.date));
  const items = newestFirst.map((u) => {
    const status = u.status === undefined ? "" : ` (status: ${escapeHtml(STATUS_INFO[u.status].label)})`;
    return `<li><strong>${UPDATE_KIND_LABELS[u.kind]} ${escapeHtml(formatDate(u.date))}:</strong> ${escapeHtml(u.note)}${status}</li>`;
  });
  return `<h2>Updates and corrections</h2>\n<ul>${items.join("")}</ul>`;
}

export function buildRssFeed({ channel, incidents, exchangeNames }: FeedInput): string {
  const feed = new RSS({
    title: channel.title,
    // Readers render the channel description as HTML, and an exchange feed's names the exchange.
    description: escapeHtml(channel.description),
    site_url: channel.homeUrl,
    feed_url: channel.feedUrl,
    image_url: channel.imageUrl,
    language: channel.language,
    generator: channel.siteName,
    pubDate: newestUpdate(incidents),
    ttl: 60,
  });
  for (const incident of incidents) {
    feed.item({
      title: incident.title,
      description: escapeHtml(incident.summary),
      url: incidentPermalink(channel.siteUrl, incident.slug),
      categories: [...incident.tags, ...exchangeNamesOf(incident, exchangeNames)],
      author: incident.author,
      date: dayToDate(incident.date),
      custom_elements: [{ "content:encoded": { _cdata: itemBody(incident, channel.siteUrl) } }],
    });
  }
  return withFeedStylesheet(feed.xml({ indent: true }));
}

function libraryFeed({ channel, incidents, exchangeNames }: FeedInput, escapeText: (s: string) => string): Feed {
  const feed = new Feed({
    id: channel.feedUrl,
    title: channel.title,
    description: channel.description,
    link: channel.homeUrl,
    feed: channel.feedUrl,
    feedLinks: { atom: channel.feedUrl, json: channel.feedUrl },
    language: channel.language,
    image: channel.imageUrl,
    updated: newestUpdate(incidents),
    generator: channel.siteName,
    copyright: `© ${channel.siteName}`,
    author: { name: channel.siteName, link: channel.siteUrl },
  });
  for (const incident of incidents) {
    const url = incidentPermalink(channel.siteUrl, incident.slug);
    feed.addItem({
      id: url,
      link: url,
      title: escapeText(incident.title),
      description: escapeText(incident.summary),
      content: itemBody(incident, channel.siteUrl),
      date: dayToDate(incident.updated),
      published: dayToDate(incident.date),
      author: [{ name: incident.author }],
      category: [
        ...incident.tags.map((tag) => ({ name: tag, term: tag })),
        ...exchangeNamesOf(incident, exchangeNames).map((name) => ({ name, term: name })),
      ],
    });
  }
  return feed;
}

/**
 * xml-js (inside `feed`) escapes `&` and `"` in attribute values but not `<`, which XML forbids there:
 * one exchange name containing "<" made the whole Atom feed unreadable. Category label/term are the
 * only attributes that carry editors' text.
 */
function escapeCategoryAttributes(xml: string): string {
  return xml.replace(/<category(?:\s+[a-z:]+="[^"]*")*\s*\/>/g, (tag) =>
    tag.replace(/="([^"]*)"/g, (_match, value: string) => `="${value.replace(/</g, "&lt;").replace(/>/g, "&gt;")}"`),
  );
}

export function buildAtomFeed(input: FeedInput): string {
  return withFeedStylesheet(escapeCategoryAttributes(libraryFeed(input, escapeHtml).atom1()));
}

type JsonFeedAuthor = { name?: string; url?: string; avatar?: string };
type JsonFeedV1 = Record<string, unknown> & { author?: JsonFeedAuthor; items: (Record<string, unknown> & { author?: JsonFeedAuthor })[] };

/**
 * `feed` writes JSON Feed 1.0; 1.1 renamed `author` to `authors` and added `language`.
 * We upgrade its output rather than hand-write the document.
 */
export function buildJsonFeed(input: FeedInput): string {
  const { author, items, ...rest } = JSON.parse(libraryFeed(input, (s) => s).json1()) as JsonFeedV1;
  const feed = {
    ...rest,
    version: "https://jsonfeed.org/version/1.1",
    language: input.channel.language,
    ...(author ? { authors: [author] } : {}),
    items: items.map(({ author: itemAuthor, ...item }) => ({ ...item, ...(itemAuthor ? { authors: [itemAuthor] } : {}) })),
  };
  return JSON.stringify(feed, null, 2);
}
