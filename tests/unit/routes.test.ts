import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SEARCH_PATH } from "@/lib/enhancements/search-shortcut";
import {
  exchangeFeedPath,
  exchangePath,
  explorerPath,
  facetPath,
  homePath,
  incidentArchivePath,
  incidentOgImagePath,
  incidentPath,
  newsletterConfirmPath,
  newsletterErrorPath,
  newsletterUnsubscribePath,
  rankingsPath,
  searchPath,
  sortedRankingPath,
  tagFeedPath,
  tagPath,
  unsubscribeApiPath,
} from "@/lib/routes";

describe("lib/routes", () => {
  it("builds article, exchange and feed paths", () => {
    expect(homePath()).toBe("/");
    expect(incidentPath("okex-2017")).toBe("/incidents/okex-2017");
    expect(incidentOgImagePath("okex-2017")).toBe("/incidents/okex-2017/opengraph-image");
    expect(exchangePath("mt-gox")).toBe("/exchanges/mt-gox");
    expect(exchangeFeedPath("mt-gox")).toBe("/exchanges/mt-gox/feed.xml");
    expect(tagFeedPath("phishing")).toBe("/tags/phishing/feed.xml");
  });

  it("puts page 1 at the listing's root and later pages under /page/<n>", () => {
    expect(incidentArchivePath()).toBe("/incidents");
    expect(incidentArchivePath(1)).toBe("/incidents");
    expect(incidentArchivePath(3)).toBe("/incidents/page/3");
    expect(tagPath("phishing")).toBe("/tags/phishing");
    expect(tagPath("phishing", 1)).toBe("/tags/phishing");
    expect(tagPath("phishing", 2)).toBe("/tags/phishing/page/2");
    expect(facetPath("year", "2018")).toBe("/incidents/year/2018");
    expect(facetPath("vector", "private-key-compromise", 2)).toBe("/incidents/vector/private-key-compromise/page/2");
  });

  it("keeps an odd value one path segment", () => {
    expect(tagPath("a b/c?d#e")).toBe("/tags/a%20b%2Fc%3Fd%23e");
    expect(tagPath("ünïcode", 2)).toBe("/tags/%C3%BCn%C3%AFcode/page/2");
    expect(tagFeedPath("x/y")).toBe("/tags/x%2Fy/feed.xml");
    expect(facetPath("actor", "Lazarus Group")).toBe("/incidents/actor/Lazarus%20Group");
    expect(incidentPath("../admin")).toBe("/incidents/..%2Fadmin");
  });

  it("builds query URLs, and no dangling ? without a query", () => {
    expect(explorerPath()).toBe("/incidents");
    expect(explorerPath(new URLSearchParams())).toBe("/incidents");
    expect(explorerPath(new URLSearchParams({ year: "2018", tag: "defi" }))).toBe("/incidents?year=2018&tag=defi");
    expect(explorerPath("status=resolved")).toBe("/incidents?status=resolved");
    expect(searchPath()).toBe("/search");
    expect(searchPath("phishing & more")).toBe("/search?q=phishing%20%26%20more");
    expect(newsletterErrorPath()).toBe("/newsletter/error");
    expect(newsletterErrorPath(new URLSearchParams({ code: "bad-request" }))).toBe("/newsletter/error?code=bad-request");
    expect(newsletterConfirmPath()).toBe("/newsletter/confirm");
    expect(newsletterConfirmPath("abc_-1")).toBe("/newsletter/confirm?token=abc_-1");
    expect(newsletterUnsubscribePath("id.sig")).toBe("/newsletter/unsubscribe?token=id.sig");
    expect(unsubscribeApiPath()).toBe("/api/newsletter/unsubscribe");
    expect(unsubscribeApiPath("a+b/c")).toBe("/api/newsletter/unsubscribe?token=a%2Bb%2Fc");
  });

  it("builds rankings views", () => {
    expect(rankingsPath()).toBe("/rankings");
    expect(rankingsPath("closed")).toBe("/rankings#closed");
    expect(sortedRankingPath("security", "total-losses", "desc")).toBe("/rankings/security/total-losses/desc");
  });

  it("agrees with the enhancement script's own copy of the search path", () => {
    expect(SEARCH_PATH).toBe(searchPath());
  });

  it("is client-safe: imports nothing", () => {
    const source = readFileSync(path.join(process.cwd(), "lib/routes.ts"), "utf8");
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/\brequire\(/);
  });
});

/** Every .ts/.tsx file under a folder, as repo-relative paths. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(process.cwd(), dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.relative(process.cwd(), path.join(e.parentPath, e.name)));
}

// A string or template literal that starts with one of the site's own path prefixes.
const SITE_PATH_LITERAL = /["'`]\/(incidents|tags|exchanges|rankings|newsletter|api|search|stats|about|data|feeds?|atom|sitemap|page|opengraph-image|logo)\b/;
// An href, action or link source written as a literal path ("/" included).
const LITERAL_LINK_TARGET = /\b(href|action|source)=\{?["'`]\//;

/** Lines that name a site path without building a link, each with its reason. */
const ALLOWED: { file: string; line: RegExp }[] = [
  // Next's typed route names, not URLs.
  { file: "app/exchanges/[slug]/feed.xml/route.ts", line: /RouteContext<"\/exchanges\/\[slug\]\/feed\.xml">/ },
  { file: "app/tags/[tag]/feed.xml/route.ts", line: /RouteContext<"\/tags\/\[tag\]\/feed\.xml">/ },
  // Matchers for the whole /api space (cache and method policy), not links.
  { file: "lib/http/cache-policy.ts", line: /pathname === "\/api" \|\| pathname\.startsWith\("\/api\/"\)/ },
  { file: "proxy.ts", line: /pathname\.startsWith\("\/api\/"\)/ },
  // The enhancement script is bundled alone and imports only its own folder; the test below keeps it equal to searchPath().
  { file: "lib/enhancements/search-shortcut.ts", line: /^export const SEARCH_PATH = "\/search";$/ },
];

function isComment(line: string): boolean {
  const t = line.trim();
  return t.startsWith("*") || t.startsWith("/*") || t.startsWith("//");
}

describe("internal URLs are built only in lib/routes.ts", () => {
  it("finds no hand-built site path elsewhere in app, components, lib, config, scripts or proxy.ts", () => {
    const files = [...["app", "components", "lib", "config", "scripts"].flatMap(sourceFiles), "proxy.ts"].filter((f) => f !== "lib/routes.ts");
    expect(files.length).toBeGreaterThan(100);
    const found: string[] = [];
    for (const file of files) {
      readFileSync(path.join(process.cwd(), file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (isComment(line)) return;
          if (!SITE_PATH_LITERAL.test(line) && !LITERAL_LINK_TARGET.test(line)) return;
          if (ALLOWED.some((a) => a.file === file && a.line.test(line))) return;
          found.push(`${file}:${String(i + 1)}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
