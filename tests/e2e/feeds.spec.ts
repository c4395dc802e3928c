import Parser from "rss-parser";
import type { APIRequestContext } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const TYPES = { rss: "application/rss+xml; charset=utf-8", atom: "application/atom+xml; charset=utf-8", json: "application/feed+json; charset=utf-8" };

type FeedItemSummary = { id: string; link: string; body: string; categories: string[] };
type ParsedFeed = { items: FeedItemSummary[] };

const parser = new Parser<Record<string, unknown>, { "content:encoded"?: string; id?: string }>();

async function fetchFeed(request: APIRequestContext, path: string): Promise<ParsedFeed> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const text = await response.text();
  if (path.endsWith(".json")) {
    expect(response.headers()["content-type"]).toBe(TYPES.json);
    const feed = JSON.parse(text) as { version: string; items: { id: string; url: string; content_html: string; tags?: string[]; date_published: string }[] };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    for (const item of feed.items) expect(item.date_published, `${path} ${item.id}`).toMatch(RFC_3339);
    return { items: feed.items.map((i) => ({ id: i.id, link: i.url, body: i.content_html, categories: i.tags ?? [] })) };
  }
  const feed = await parser.parseString(text);
  if (path.endsWith("atom.xml")) {
    expect(response.headers()["content-type"]).toBe(TYPES.atom);
    const dates = [...text.matchAll(/<(updated|published)>([^<]+)<\/\1>/g)].map((m) => m[2] ?? "");
    expect(dates.length).toBeGreaterThan(feed.items.length);
    for (const d of dates) expect(d, path).toMatch(RFC_3339);
    return { items: feed.items.map((i) => ({ id: i.id ?? "", link: i.link ?? "", body: i.content ?? "", categories: i.categories ?? [] })) };
  }
  expect(response.headers()["content-type"]).toBe(TYPES.rss);
  expect(feed.lastBuildDate).toMatch(RFC_822);
  for (const item of feed.items) expect(item.pubDate, `${path} ${item.title ?? ""}`).toMatch(RFC_822);
  return { items: feed.items.map((i) => ({ id: i.guid ?? "", link: i.link ?? "", body: i["content:encoded"] ?? "", categories: i.categories ?? [] })) };
}

test.describe("feeds", () => {
  test("every feed on /feeds parses with a feed reader and links to live articles", async ({ page, request, baseURL }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const incidentCount = [...sitemap.matchAll(/<loc>[^<]*\/incidents\/(?!page\/)[^<]+<\/loc>/g)].length;
    expect(incidentCount).toBeGreaterThan(0);

    await page.goto("/feeds");
    const feedLinks = await page.getByRole("main").getByRole("link").evaluateAll((links) =>
      links
        .map((a) => ({ href: a.getAttribute("href") ?? "", label: a.textContent.trim() }))
        .filter((l) => /(feed\.xml|atom\.xml|feed\.json)$/.test(l.href)),
    );
    const paths = feedLinks.map((l) => l.href);
    expect(paths).toEqual(expect.arrayContaining(["/feed.xml", "/atom.xml", "/feed.json", "/tags/phishing/feed.xml", "/exchanges/okex/feed.xml"]));

    const itemLinks = new Set<string>();
    for (const { href, label } of feedLinks) {
      const feed = await fetchFeed(request, href);
      const ids = feed.items.map((i) => i.id);
      expect(new Set(ids).size, `${href}: guids unique`).toBe(ids.length);
      const tagCount = /^#\S+ \((\d+)\)$/.exec(label)?.[1];
      if (!href.startsWith("/tags/") && !href.startsWith("/exchanges/")) expect(feed.items.length, href).toBe(Math.min(50, incidentCount));
      if (tagCount) expect(feed.items.length, href).toBe(Math.min(50, Number(tagCount)));
      if (href.startsWith("/exchanges/")) for (const item of feed.items) expect(item.categories, href).toContain(label);
      for (const item of feed.items) {
        expect(item.link.startsWith(`${baseURL ?? ""}/incidents/`), `${href}: ${item.link}`).toBe(true);
        expect(item.id, href).toBe(item.link);
        expect(item.body.length, `${href}: body of ${item.link}`).toBeGreaterThan(200);
        expect(item.body).not.toMatch(/<script/i);
        expect(item.body, `${href}: relative URL in ${item.link}`).not.toMatch(/\s(href|src)="(\/(?!\/)|#)/);
        itemLinks.add(item.link);
      }
    }
    expect(itemLinks.size).toBe(incidentCount);
    for (const link of itemLinks) expect((await request.get(link)).status(), link).toBe(200);
  });

  test("unknown tag and exchange feeds answer 404", async ({ request }) => {
    expect((await request.get("/tags/no-such-tag/feed.xml")).status()).toBe(404);
    expect((await request.get("/exchanges/no-such-exchange/feed.xml")).status()).toBe(404);
  });

  for (const { path, own } of [
    { path: "/", own: undefined },
    { path: "/incidents/okex-2017", own: undefined },
    { path: "/tags/phishing", own: "/tags/phishing/feed.xml" },
    { path: "/exchanges/okex", own: "/exchanges/okex/feed.xml" },
  ]) {
    test(`${path} announces its feeds to feed readers`, async ({ page, request, baseURL }) => {
      await page.goto(path);
      const alternates = await page.locator('head link[rel="alternate"]').evaluateAll((links) =>
        links.map((l) => ({ type: l.getAttribute("type") ?? "", href: l.getAttribute("href") ?? "", title: l.getAttribute("title") ?? "" })),
      );
      const hrefs = alternates.map((a) => a.href.replace(baseURL ?? "", ""));
      expect(hrefs).toEqual(expect.arrayContaining(["/feed.xml", "/atom.xml", "/feed.json", ...(own ? [own] : [])]));
      if (own) expect(hrefs[0]).toBe(own);
      for (const alt of alternates) {
        expect(alt.title).not.toBe("");
        const response = await request.get(alt.href);
        expect(response.status(), alt.href).toBe(200);
        expect(response.headers()["content-type"], alt.href).toBe(`${alt.type}; charset=utf-8`);
      }
    });
  }

  test("the footer RSS link leads to the feeds page, which is accessible", async ({ page }) => {
    await page.goto("/about");
    await page.getByRole("contentinfo").getByRole("link", { name: "RSS feeds" }).click();
    await expect(page).toHaveURL(/\/feeds$/);
    await expect(page.getByRole("heading", { level: 1, name: "Feeds" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "How to subscribe" })).toBeVisible();
    await expect(page.getByRole("link", { name: /#phishing/ })).toHaveAttribute("href", "/tags/phishing/feed.xml");
    await expectNoAxeViolations(page);
  });

  test("a tag page offers its own feed as a visible link", async ({ page }) => {
    await page.goto("/tags/phishing");
    await expect(page.getByRole("link", { name: "Follow #phishing by RSS" })).toHaveAttribute("href", "/tags/phishing/feed.xml");
  });
});
