import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "./fixtures";

type Node = Record<string, unknown> & { "@type"?: string };

async function jsonLdGraph(page: import("@playwright/test").Page): Promise<Node[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts.length).toBeGreaterThan(0);
  return scripts.flatMap((s) => (JSON.parse(s) as { "@graph": Node[] })["@graph"]);
}

async function expectPng(request: APIRequestContext, url: string): Promise<void> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toBe("image/png");
  expect([...(await response.body()).subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
}

test.describe("search engines and social cards", () => {
  test("an incident page carries NewsArticle and BreadcrumbList JSON-LD and a PNG social card", async ({ page, request, baseURL }) => {
    await page.goto("/incidents/okex-2017");
    const graph = await jsonLdGraph(page);
    const article = graph.find((n) => n["@type"] === "NewsArticle");
    expect(article).toBeDefined();
    const headline = await page.getByRole("heading", { level: 1 }).textContent();
    // The visible headline keeps "$3 million" together with a no-break space; the data says the same words.
    expect(article?.headline).toBe(headline?.replace(/\u00a0/g, " "));
    expect(article?.datePublished).toBe("2017-10-04");
    expect(String(article?.dateModified)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(String(article?.dateModified) >= String(article?.datePublished)).toBe(true);
    expect(article?.url).toBe(`${baseURL ?? ""}/incidents/okex-2017`);
    expect(article?.author).toEqual([expect.objectContaining({ name: "Breachdesk staff" })]);
    expect(article?.publisher).toEqual(expect.objectContaining({ name: "Breachdesk", logo: expect.objectContaining({ url: expect.any(String) }) }));
    expect(article?.about).toEqual(expect.arrayContaining([expect.objectContaining({ "@type": "Organization", name: "OKEx" })]));
    const [image] = article?.image as string[];
    await expectPng(request, image ?? "");

    const breadcrumb = graph.find((n) => n["@type"] === "BreadcrumbList");
    const crumbs = breadcrumb?.itemListElement as { position: number; name: string; item: string }[];
    expect(crumbs.map((c) => c.position)).toEqual([1, 2, 3]);
    expect(crumbs.at(-1)?.item).toBe(`${baseURL ?? ""}/incidents/okex-2017`);
    for (const crumb of crumbs) expect((await request.get(crumb.item)).status(), crumb.item).toBe(200);

    const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(ogImage).toContain("/incidents/okex-2017/opengraph-image");
    await expectPng(request, ogImage ?? "");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL ?? ""}/incidents/okex-2017`);
  });

  test("a report's social card is rendered once, then served from the cache; a made-up report's card is a 404 nothing stores", async ({ request }) => {
    // Cards are no longer prerendered (one PNG per report was a third of the build): the first request renders.
    const url = "/incidents/okex-2017/opengraph-image";
    await expectPng(request, url);
    const again = await request.get(url);
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(again.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect((await again.body()).equals(await (await request.get(url)).body())).toBe(true);

    for (let i = 0; i < 2; i++) {
      const unknown = await request.get("/incidents/no-such-report-ever/opengraph-image");
      expect(unknown.status()).toBe(404);
      // Answered before Next's response cache, so invented addresses cannot fill it.
      expect(unknown.headers()["x-nextjs-cache"]).toBeUndefined();
      expect(unknown.headers()["cache-control"]).toBe("no-store");
    }
  });

  test("the home page carries WebSite and Organization JSON-LD and the site card", async ({ page, request }) => {
    await page.goto("/");
    const types = (await jsonLdGraph(page)).map((n) => n["@type"]);
    expect(types).toEqual(expect.arrayContaining(["WebSite", "NewsMediaOrganization"]));
    await expectPng(request, (await page.locator('meta[property="og:image"]').getAttribute("content")) ?? "");
  });

  test("sitemap lists live pages with their last update, and robots.txt points at it", async ({ request, baseURL }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain(`<loc>${baseURL ?? ""}/incidents/okex-2017</loc>`);
    expect(sitemap).toMatch(/<loc>[^<]+\/tags\/phishing<\/loc>\s*<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
    expect(sitemap).toContain(`<loc>${baseURL ?? ""}/feeds</loc>`);
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
    expect(locs.length).toBeGreaterThan(40);
    for (const loc of locs) {
      expect((await request.get(loc)).status(), loc).toBe(200);
    }
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain(`Sitemap: ${baseURL ?? ""}/sitemap.xml`);
  });
});
