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
    // Over a hundred feeds and every article they link, on a shared 2-core machine.
    test.setTimeout(120_000);
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

test.describe("what feed readers and browsers get", () => {
  const OKEX = "/incidents/okex-2017";

  test("a feed item carries status, reported loss, sources and the corrections log", async ({ request, baseURL }) => {
    const permalink = `${baseURL ?? ""}${OKEX}`;
    // OKEx 2017 is older than the site feeds' 50 newest; its exchange and tag feeds carry it.
    for (const path of ["/exchanges/okex/feed.xml", "/tags/two-factor/feed.xml"]) {
      const item = (await fetchFeed(request, path)).items.find((i) => i.link === permalink);
      expect(item, `${path} has ${OKEX}`).toBeDefined();
      const body = item?.body ?? "";
      expect(body, path).toContain("<strong>Status:</strong> Denied — Users report losses, but the exchange denies that it was breached.");
      expect(body, path).toContain("<strong>Reported loss:</strong> $3,000,000 (sources range from $2,500,000 to $3,000,000)");
      expect(body, path).toMatch(/<h2>Sources<\/h2>\s*<ul><li><a href="https:\/\/cointelegraph\.com\/[^"]+">[^<]+<\/a>, Cointelegraph<\/li>/);
      expect(body, path).toMatch(/<h2>Updates and corrections<\/h2>\s*<ul><li><strong>Editor's note 25 November 2026:<\/strong> Archive note: the publication date/);
    }
    // Every item of the site feeds, in each format, has the facts and the sources.
    for (const path of ["/feed.xml", "/atom.xml", "/feed.json"]) {
      for (const item of (await fetchFeed(request, path)).items) {
        expect(item.body, `${path} ${item.link}`).toMatch(/<strong>Status:<\/strong> (Reported|Denied|Confirmed|Resolved) — /);
        expect(item.body, `${path} ${item.link}`).toMatch(/<strong>Reported loss:<\/strong> (\$[\d,]+|Loss unknown)/);
        expect(item.body, `${path} ${item.link}`).toMatch(/<h2>Sources<\/h2>\s*<ul><li><a href="https:\/\//);
      }
    }
    // A dated source names its publisher and date.
    const binance = (await fetchFeed(request, "/exchanges/binance/feed.xml")).items.find((i) => i.link.endsWith("/incidents/binance-2019"));
    expect(binance?.body).toMatch(/<a href="https:\/\/[^"]+">[^<]+<\/a>, CoinGape, 8 May 2019<\/li>/);
  });

  test("the modified date follows real updates only: an archive note does not make a 2017 report new", async ({ request, page }) => {
    // OKEx's only incident has a 2017 publication and a 2026 archive note: its feed is dated 2017.
    const okexFeed = await (await request.get("/exchanges/okex/feed.xml")).text();
    expect([...okexFeed.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((m) => m[1])).toEqual(["Wed, 04 Oct 2017 00:00:00 GMT", "Wed, 04 Oct 2017 00:00:00 GMT"]);
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toMatch(new RegExp(`${OKEX}</loc>\\s*<lastmod>2017-10-04</lastmod>`));
    await page.goto(OKEX);
    await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute("content", "2017-10-04");
    // A real correction still counts: Coincheck's December 2026 correction dates it.
    expect(sitemap).toMatch(/\/incidents\/coincheck-2018<\/loc>\s*<lastmod>2026-12-03<\/lastmod>/);
  });

  test("/favicon.ico is an icon", async ({ request }) => {
    const response = await request.get("/favicon.ico");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/x-icon");
    const bytes = await response.body();
    expect([...bytes.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    expect([...bytes.subarray(22, 26)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  test("an exchange profile shows a visible link to its feed", async ({ page }) => {
    await page.goto("/exchanges/okex");
    await expect(page.getByRole("link", { name: "Follow OKEx incidents by RSS" })).toHaveAttribute("href", "/exchanges/okex/feed.xml");
  });

  for (const path of ["/feed.xml", "/atom.xml", "/tags/phishing/feed.xml"]) {
    test(`${path} opened in a browser is a readable page that explains feeds`, async ({ browser, request }) => {
      // Its own context: Chromium 156 marks XSLT deprecated with a banner whose inline handler our CSP
      // refuses; that one console error is the browser's, so it is the only one allowed here.
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error" && !msg.text().startsWith("Executing inline event handler violates")) errors.push(msg.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      const response = await page.goto(path);
      expect(response?.headers()["content-type"]).toBe("application/xml; charset=utf-8");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Breachdesk");
      await expect(page.getByText("This is a news feed.")).toBeVisible();
      await expect(page.getByRole("link", { name: "Every Breachdesk feed, and how to subscribe" })).toHaveAttribute("href", "/feeds");
      const items = page.getByRole("heading", { level: 2 }).getByRole("link");
      expect(await items.count()).toBeGreaterThan(0);
      await expect(items.first()).toHaveAttribute("href", /\/incidents\/[a-z0-9-]+$/);
      // Escaped text is shown as text: no entity shows through, nothing became markup.
      await expect(page.locator("main")).not.toContainText(/&(amp|lt|gt|quot|#39);/);
      await context.close();
      expect(errors).toEqual([]);
      // Feed readers (no Sec-Fetch-Dest: document) still get the feed's own type, and a pointer to /feeds.
      const direct = await request.get(path);
      expect(direct.headers()["content-type"]).toMatch(/^application\/(rss|atom)\+xml; charset=utf-8$/);
      expect(direct.headers()["link"]).toBe('</feeds>; rel="help"; type="text/html"');
      const stylesheet = await request.get("/feed.xsl");
      expect(stylesheet.status()).toBe(200);
      expect(stylesheet.headers()["content-type"]).toBe("text/xsl; charset=utf-8");
    });
  }
});
