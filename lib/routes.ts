/**
 * Every internal URL of the site is built here, so a route changes in one place. Pure and
 * client-safe (no imports): the explorer and other client components use it too.
 *
 * Page 1 of a paginated listing lives at the listing's root, never at `/page/1`.
 */

/** "/x" for page 1, "/x/page/<n>" for later pages. */
function paged(base: string, page: number): string {
  return page === 1 ? base : `${base}/page/${String(page)}`;
}

/** "/x" or "/x?query" when the query is not empty. */
function withQuery(path: string, query: URLSearchParams | string): string {
  const text = query.toString();
  return text === "" ? path : `${path}?${text}`;
}

/** Slugs and tags are `[a-z0-9-]` by schema; encoding keeps any other value a single path segment. */
const segment = encodeURIComponent;

// Site sections.
export const homePath = (): string => "/";
export const aboutPath = (): string => "/about";
export const statsPath = (): string => "/stats";
export const feedsPath = (): string => "/feeds";
export const sitemapPath = (): string => "/sitemap.xml";
/** The PNG logo (app/logo.png/route.tsx): JSON-LD publisher logo and the image feed readers show. */
export const logoPath = (): string => "/logo.png";
/** The site-wide social card (app/opengraph-image.tsx). */
export const siteOgImagePath = (): string => "/opengraph-image";

// Incidents: the explorer, its archive pages, articles and facet pages.
/** The explorer and all-incidents archive: "/incidents", "/incidents/page/<n>". */
export const incidentArchivePath = (page = 1): string => paged("/incidents", page);
/** The explorer with its filters in the query ("/incidents" when there are none). */
export const explorerPath = (query: URLSearchParams | string = ""): string => withQuery("/incidents", query);
export const incidentPath = (slug: string): string => `/incidents/${segment(slug)}`;
export const incidentOgImagePath = (slug: string): string => `${incidentPath(slug)}/opengraph-image`;
/** A prerendered one-facet page: "/incidents/<facet>/<value>[/page/<n>]". */
export const facetPath = (facet: string, value: string, page = 1): string => paged(`/incidents/${facet}/${segment(value)}`, page);

// Tags.
export const tagsPath = (): string => "/tags";
export const tagPath = (tag: string, page = 1): string => paged(`/tags/${segment(tag)}`, page);
export const tagFeedPath = (tag: string): string => `/tags/${segment(tag)}/feed.xml`;

// Exchanges and rankings.
export const exchangesPath = (): string => "/exchanges";
export const exchangePath = (slug: string): string => `/exchanges/${segment(slug)}`;
export const exchangeFeedPath = (slug: string): string => `/exchanges/${segment(slug)}/feed.xml`;
/** "/rankings", or "/rankings#<table>" to land on one table. */
export const rankingsPath = (table?: string): string => (table ? `/rankings#${table}` : "/rankings");
export const rankingsMethodologyPath = (): string => "/rankings/methodology";
/** A prerendered sorted view: "/rankings/<table>/<column>/<asc|desc>". */
export const sortedRankingPath = (table: string, column: string, direction: "asc" | "desc"): string =>
  `/rankings/${table}/${column}/${direction}`;

// Site-wide feeds and the stylesheet browsers apply to RSS and Atom.
export const rssFeedPath = (): string => "/feed.xml";
export const atomFeedPath = (): string => "/atom.xml";
export const jsonFeedPath = (): string => "/feed.json";
export const feedStylesheetPath = (): string => "/feed.xsl";

// Open data.
export const openDataPath = (): string => "/data";
export const incidentsJsonPath = (): string => "/data/incidents.json";
export const incidentsCsvPath = (): string => "/data/incidents.csv";
export const exchangesJsonPath = (): string => "/data/exchanges.json";

// Search.
/** "/search", or "/search?q=<query>". */
export const searchPath = (q?: string): string => (q === undefined ? "/search" : `/search?q=${encodeURIComponent(q)}`);

// Newsletter pages and the endpoints their forms post to.
export const newsletterPath = (): string => "/newsletter";
export const newsletterCheckInboxPath = (): string => "/newsletter/check-inbox";
export const newsletterConfirmedPath = (): string => "/newsletter/confirmed";
export const newsletterUnsubscribedPath = (): string => "/newsletter/unsubscribed";
/** The signup error page; its query says what went wrong. */
export const newsletterErrorPath = (query: URLSearchParams | string = ""): string => withQuery("/newsletter/error", query);
/** The page that confirms a subscription (with the token from the mail). */
export const newsletterConfirmPath = (token?: string): string =>
  token === undefined ? "/newsletter/confirm" : withQuery("/newsletter/confirm", new URLSearchParams({ token }));
/** The page that asks before unsubscribing (with the token from the mail). */
export const newsletterUnsubscribePath = (token?: string): string =>
  token === undefined ? "/newsletter/unsubscribe" : withQuery("/newsletter/unsubscribe", new URLSearchParams({ token }));
export const subscribeApiPath = (): string => "/api/newsletter/subscribe";
export const confirmApiPath = (): string => "/api/newsletter/confirm";
/** The unsubscribe endpoint; with a token it is the one-click (RFC 8058) link mails carry. */
export const unsubscribeApiPath = (token?: string): string =>
  token === undefined ? "/api/newsletter/unsubscribe" : withQuery("/api/newsletter/unsubscribe", new URLSearchParams({ token }));
export const healthApiPath = (): string => "/api/health";
