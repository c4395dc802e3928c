/**
 * One representative URL per page type of the main site, shared by the header, CSP, axe and crawl
 * checks so a new page type is added to all of them at once.
 */
export type PageType = { name: string; path: string };

export const ALL_PAGE_TYPES: PageType[] = [
  { name: "home", path: "/" },
  { name: "article", path: "/incidents/okex-2017" },
  { name: "incident list", path: "/incidents" },
  { name: "incident list page 2", path: "/incidents/page/2" },
  { name: "incidents by year", path: "/incidents/year/2018" },
  { name: "incidents by vector", path: "/incidents/vector/phishing" },
  { name: "incidents by status", path: "/incidents/status/confirmed" },
  { name: "tags", path: "/tags" },
  { name: "tag", path: "/tags/phishing" },
  { name: "rankings", path: "/rankings" },
  { name: "rankings sorted", path: "/rankings/incidents/loss/desc" },
  { name: "rankings methodology", path: "/rankings/methodology" },
  { name: "exchanges", path: "/exchanges" },
  { name: "exchange", path: "/exchanges/okex" },
  { name: "search", path: "/search" },
  { name: "stats", path: "/stats" },
  { name: "open data", path: "/data" },
  { name: "feeds", path: "/feeds" },
  { name: "about", path: "/about" },
  { name: "newsletter", path: "/newsletter" },
  { name: "newsletter check inbox", path: "/newsletter/check-inbox" },
  { name: "newsletter confirm", path: "/newsletter/confirm?token=not-a-real-token" },
  { name: "newsletter confirmed", path: "/newsletter/confirmed" },
  { name: "newsletter error", path: "/newsletter/error?code=bad-request" },
  { name: "newsletter unsubscribe", path: "/newsletter/unsubscribe?token=not-a-real-token" },
  { name: "newsletter unsubscribed", path: "/newsletter/unsubscribed" },
];
