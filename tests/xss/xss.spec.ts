import type { Page } from "@playwright/test";
import { test, expect } from "../e2e/fixtures";

/**
 * The site built from tests/fixtures/xss/content (every payload of support/payloads.ts in markdown
 * bodies and frontmatter). The browser ignores the Content-Security-Policy here, so these tests prove
 * the sanitizer and escaping on their own: the CSP is the second wall, not the one under test.
 */
test.use({
  bypassCSP: true,
  // `<img src=x>` payloads point at a relative path that does not exist: a harmless 404, not a broken page.
  allowedFailedRequests: [/\/(incidents|exchanges)\/x$/],
});

type Finding = string;

/**
 * Runs in the browser against a document (the live page or one parsed from a feed): anything that
 * could run script or load from a place the content may not point to.
 */
function dangerousMarkup(html: string): Finding[] {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const findings: string[] = [];
  const badScheme = /^(javascript|vbscript|data):/i;
  const describe = (el: Element) => el.outerHTML.slice(0, 120);
  for (const el of Array.from(doc.querySelectorAll("*"))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\u0000-\u0020]/g, "");
      if (name.startsWith("on")) findings.push(`event handler ${name}: ${describe(el)}`);
      if (["href", "src", "action", "formaction", "xlink:href", "srcdoc", "data", "poster"].includes(name) && badScheme.test(value)) {
        findings.push(`${name}=${attr.value.slice(0, 60)}: ${describe(el)}`);
      }
      if (name === "srcdoc") findings.push(`srcdoc: ${describe(el)}`);
    }
    const tag = el.tagName.toLowerCase();
    if (["iframe", "object", "embed", "frame", "frameset", "applet"].includes(tag)) findings.push(`<${tag}>: ${describe(el)}`);
    if (tag === "base") findings.push(`<base>: ${describe(el)}`);
    if (tag === "meta" && el.getAttribute("http-equiv")?.toLowerCase() === "refresh") findings.push(`meta refresh: ${describe(el)}`);
    if (tag === "script") {
      const type = (el.getAttribute("type") ?? "").toLowerCase();
      const src = el.getAttribute("src");
      // Next's own inline scripts: the flight data pushes (which carry the page's text, payloads included, as JSON strings).
      const text = el.textContent ?? "";
      // Site scripts: Next's chunks (explorer, search), Pagefind, and the enhancement script named by its content hash.
      const framework = src ? /^\/(_next\/static|pagefind)\//.test(src) || /^\/enhance\/[0-9a-f]{16}\.js$/.test(src) : type === "application/ld+json" || /^\(?self\.__next_[a-z]/.test(text) || !/__xss|alert/.test(text);
      if (!framework) findings.push(`script: ${describe(el)}`);
    }
    if (tag === "img") {
      const src = el.getAttribute("src");
      // Feeds make the site's own paths absolute; the scan runs on a page of the site, so location.origin is the site.
      if (src !== null && !/^https:\/\//i.test(src) && !src.startsWith(`${location.origin}/`) && !/^\/(?![/\\])/.test(src) && !/^[^:/\\]+$/.test(src.split(/[?#]/)[0] ?? "")) {
        findings.push(`image from a disallowed source: ${describe(el)}`);
      }
      if (el.hasAttribute("srcset")) findings.push(`srcset: ${describe(el)}`);
    }
    if (tag === "link" && el.closest("body")) findings.push(`<link> in body: ${describe(el)}`);
  }
  return findings;
}

async function sitemapPaths(page: Page): Promise<string[]> {
  const response = await page.request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const paths = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "/").pathname);
  return [...new Set(paths)];
}

/** Visits a page and fails on any sign that a payload ran: a dialog, the flag, or dangerous markup. */
async function visitAndCheck(page: Page, path: string, dialogs: string[]): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
  const flag = await page.evaluate(() => typeof (window as unknown as { __xss?: unknown }).__xss);
  expect(flag, `window.__xss on ${path}`).toBe("undefined");
  // The live DOM, serialized and scanned (the scan function cannot receive the page's own document).
  const live = await page.evaluate(() => document.documentElement.outerHTML);
  expect(await page.evaluate(dangerousMarkup, live), `dangerous markup on ${path}`).toEqual([]);
  expect(dialogs, `dialogs opened on ${path}`).toEqual([]);
}

/** The raw HTML's JSON-LD blocks: each parses as JSON, contains no "<", and the browser sees exactly as many. */
async function checkJsonLd(page: Page, path: string): Promise<number> {
  const html = await (await page.request.get(path)).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  for (const block of blocks) {
    expect(block, `JSON-LD on ${path}`).not.toContain("<");
    expect(() => JSON.parse(block) as unknown, `JSON-LD on ${path} parses`).not.toThrow();
  }
  await page.goto(path);
  const inDom = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(inDom.length, `JSON-LD blocks on ${path}`).toBe(blocks.length);
  for (const text of inDom) expect(() => JSON.parse(text) as unknown).not.toThrow();
  return blocks.length;
}

test.describe("XSS corpus", () => {
  let dialogs: string[] = [];
  test.beforeEach(({ page }) => {
    dialogs = [];
    page.on("dialog", (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });

  test("the fixture site is built from the payload corpus", async ({ page }) => {
    await page.goto("/incidents/xss-report-1");
    // Rendered as text, not dropped and not markup: the title payload is visible verbatim.
    await expect(page.getByRole("heading", { level: 1 })).toContainText("</script><script>top.__xss=1</script>");
    await expect(page.getByRole("heading", { name: "Payload 1", exact: true })).toBeVisible();
  });

  test("no page of the site runs an injected script or carries executable markup", async ({ page }) => {
    test.setTimeout(180_000);
    const paths = await sitemapPaths(page);
    expect(paths.length).toBeGreaterThan(10);
    for (const path of [...paths, "/search?q=Report", "/newsletter/error?code=%3Cscript%3Etop.__xss%3D1%3C%2Fscript%3E"]) {
      await visitAndCheck(page, path, dialogs);
    }
  });

  test("interaction does not trigger payloads: hovering, focusing and toggling everything in an article", async ({ page }) => {
    for (const path of ["/incidents/xss-report-1", "/incidents/xss-report-2", "/incidents/xss-report-3", "/exchanges/xss-exchange-1"]) {
      await page.goto(path);
      const article = page.locator("main");
      for (const el of await article.locator("a, div, details, summary, input, button, img, p").all()) {
        await el.hover({ trial: false, force: true, timeout: 2_000 }).catch(() => undefined);
      }
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => typeof (window as unknown as { __xss?: unknown }).__xss), path).toBe("undefined");
    }
    expect(dialogs).toEqual([]);
  });

  test("JSON-LD cannot break out of its script tag", async ({ page }) => {
    let total = 0;
    for (const path of ["/", "/incidents/xss-report-1", "/incidents/xss-report-2", "/incidents/xss-report-3", "/exchanges/xss-exchange-1", "/tags/xss"]) {
      total += await checkJsonLd(page, path);
    }
    expect(total).toBeGreaterThan(0);
  });

  test("feeds carry no executable markup", async ({ page, request }) => {
    await page.goto("/feeds");
    for (const path of ["/feed.xml", "/atom.xml", "/tags/xss/feed.xml", "/exchanges/xss-exchange-1/feed.xml"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const xml = await response.text();
      const result = await page.evaluate((source) => {
        const doc = new DOMParser().parseFromString(source, "application/xml");
        const error = doc.querySelector("parsererror")?.textContent ?? null;
        const all = Array.from(doc.getElementsByTagName("*"));
        const scripts = all.filter((el) => el.localName.toLowerCase() === "script").length;
        const xhtml = all.filter((el) => el.namespaceURI === "http://www.w3.org/1999/xhtml").length;
        // Feed readers render these as HTML: collect what they would render. RSS titles are plain text
        // (lib/feeds/build.ts); Atom marks title and summary type="html".
        const htmlFields = doc.documentElement.localName === "rss" ? ["description", "encoded"] : ["content", "summary", "title", "subtitle"];
        const html = all.filter((el) => htmlFields.includes(el.localName)).map((el) => el.textContent ?? "");
        return { error, scripts, xhtml, html, items: all.filter((el) => el.localName === "item" || el.localName === "entry").length };
      }, xml);
      expect(result.error, `${path} is well-formed XML`).toBeNull();
      expect(result.scripts, `${path} has no script elements`).toBe(0);
      expect(result.xhtml, `${path} has no XHTML elements`).toBe(0);
      expect(result.items, `${path} lists reports`).toBeGreaterThan(0);
      for (const html of result.html) expect(await page.evaluate(dangerousMarkup, html), path).toEqual([]);
    }
    const json = (await (await request.get("/feed.json")).json()) as { items: { content_html?: string; title?: string }[] };
    expect(json.items.length).toBeGreaterThan(0);
    for (const item of json.items) {
      expect(await page.evaluate(dangerousMarkup, item.content_html ?? ""), "/feed.json").toEqual([]);
    }
  });

  test("open data files are data, not markup", async ({ request }) => {
    const jsonResponse = await request.get("/data/incidents.json");
    expect(jsonResponse.headers()["content-type"]).toContain("application/json");
    expect(jsonResponse.headers()["x-content-type-options"]).toBe("nosniff");
    const csv = await request.get("/data/incidents.csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
  });
});
