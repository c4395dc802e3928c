import type { APIResponse } from "@playwright/test";
import { test, expect } from "./fixtures";
import { ALL_PAGE_TYPES } from "./support/page-types";
import { headerCount, rawRequest, type RawResponse } from "./support/spawned-server";

function expectSecurityHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], what).toContain("camera=()");
  expect(h["strict-transport-security"], what).toContain("max-age=");
  const csp = h["content-security-policy"] ?? "";
  expect(csp, what).toContain("frame-ancestors 'none'");
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc, what).not.toContain("'unsafe-inline'");
  expect(scriptSrc, what).not.toContain("'unsafe-eval'");
  expect(csp, what).not.toMatch(/default-src[^;]*\*/);
}

/** Every kind of response the site sends, with the status each should have. */
const RESPONSES: { path: string; status: number }[] = [
  ...ALL_PAGE_TYPES.map((p) => ({ path: p.path, status: 200 })),
  { path: "/feed.xml", status: 200 },
  { path: "/atom.xml", status: 200 },
  { path: "/feed.json", status: 200 },
  { path: "/tags/phishing/feed.xml", status: 200 },
  { path: "/exchanges/okex/feed.xml", status: 200 },
  { path: "/data/incidents.json", status: 200 },
  { path: "/data/incidents.csv", status: 200 },
  { path: "/data/exchanges.json", status: 200 },
  { path: "/opengraph-image", status: 200 },
  { path: "/incidents/okex-2017/opengraph-image", status: 200 },
  { path: "/logo.png", status: 200 },
  { path: "/icon.svg", status: 200 },
  { path: "/robots.txt", status: 200 },
  { path: "/sitemap.xml", status: 200 },
  { path: "/pagefind/pagefind.js", status: 200 },
  // The only GET route handler under /api: it sends the visitor to the confirm page.
  { path: "/api/newsletter/unsubscribe?token=x", status: 303 },
  { path: "/api/health", status: 200 },
  { path: "/incidents/does-not-exist", status: 404 },
  { path: "/no/such/page", status: 404 },
];

test.describe("security headers", () => {
  for (const { path, status } of RESPONSES) {
    test(`GET ${path} carries the security headers`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(status);
      expectSecurityHeaders(response, path);
    });
  }

  test("route handlers carry the security headers on success and on refusal", async ({ request }) => {
    const ok = await request.post("/api/newsletter/subscribe", {
      headers: { Accept: "application/json", "X-Forwarded-For": "192.0.2.77" },
      form: { email: `headers-check-${String(Date.now())}@example.com`, source: "/" },
    });
    expect(ok.status()).toBe(200);
    expectSecurityHeaders(ok, "POST subscribe");
    const refused = await request.post("/api/newsletter/confirm", { headers: { "Content-Type": "text/plain" }, data: "x" });
    expect(refused.status()).toBe(415);
    expectSecurityHeaders(refused, "415 from confirm");
    const wrongMethod = await request.delete("/api/newsletter/subscribe");
    expect(wrongMethod.status()).toBe(405);
    expectSecurityHeaders(wrongMethod, "405 from subscribe");
    const postToPage = await request.post("/tags/phishing/feed.xml", { data: "x" });
    expect(postToPage.status()).toBe(405);
    expectSecurityHeaders(postToPage, "405 from the proxy");
  });

  test("hashed static assets carry the security headers", async ({ page, request }) => {
    // The explorer keeps React, so it references Next's chunks; every page loads the enhancement script.
    await page.goto("/incidents");
    const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    const stylesheet = await page.locator("link[rel='stylesheet'][href^='/_next/static/']").first().getAttribute("href");
    const enhancement = await page.locator("script[src^='/enhance/']").getAttribute("src");
    for (const asset of [script, stylesheet, enhancement]) {
      expect(asset).toBeTruthy();
      const response = await request.get(asset ?? "");
      expect(response.status()).toBe(200);
      expectSecurityHeaders(response, `static asset ${asset ?? ""}`);
    }
  });

  test("every page type runs under its policy with zero CSP violations", async ({ page }) => {
    test.setTimeout(120_000);
    const violations: string[] = [];
    page.on("console", (msg) => {
      if (/Content[- ]Security[- ]Policy|Refused to (execute|load|apply|connect|frame)/i.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
    for (const { path } of [...ALL_PAGE_TYPES, { path: "/nope" }]) {
      const response = await page.goto(path);
      const csp = response?.headers()["content-security-policy"] ?? "";
      // Pages with inline scripts allow exactly those (hashes, or a nonce per request); content pages have none.
      expect(csp, path).toMatch(/script-src 'self'( 'sha256-[^']+'| 'nonce-[^']+')* 'wasm-unsafe-eval';/);
      // Hydration runs the inline bootstrap scripts: wait until the page has settled so late violations count.
      await page.waitForLoadState("networkidle");
    }
    expect(violations).toEqual([]);
  });

  test("without JavaScript no page requests a script (Chromium refuses it and logs a CSP block)", async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on("requestfailed", (request) => refused.push(`${page.url()}: ${request.url()} (${request.failure()?.errorText ?? "?"})`));
    page.on("console", (msg) => {
      if (msg.type() === "error") refused.push(`${page.url()}: ${msg.text()}`);
    });
    for (const { path } of ALL_PAGE_TYPES) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    await context.close();
    expect(refused).toEqual([]);
  });

  test("search works under the policy (Pagefind's wasm is allowed, eval is not)", async ({ page }) => {
    await page.goto("/search?q=OKEx");
    const results = page.getByRole("list", { name: "Search results" });
    await expect(results.getByRole("link", { name: /OKEx/ }).first()).toBeVisible();
  });

  test("the explorer hydrates under the policy: its links navigate without a full reload", async ({ page }) => {
    await page.goto("/incidents");
    // A full page load would wipe this marker; only Next's client router (which needs the
    // hashed inline bootstrap scripts) keeps it.
    await page.evaluate(() => {
      (window as unknown as { __softNavMarker: boolean }).__softNavMarker = true;
    });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tags" }).click();
    await expect(page).toHaveURL(/\/tags$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tags" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __softNavMarker?: boolean }).__softNavMarker)).toBe(true);
  });
});

/** The same promises for answers Next used to give before its header rules ran (checked on the raw response). */
function expectRawSecurityHeaders(response: RawResponse, what: string) {
  const h = response.headers;
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], what).toContain("camera=()");
  expect(h["strict-transport-security"], what).toContain("max-age=");
  expect(h["content-security-policy"], what).toContain("frame-ancestors 'none'");
}

test.describe("malformed URLs, odd methods and redirects", () => {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const get = (path: string, method = "GET") => rawRequest({ port, path, method });
  const DYNAMIC_ROUTES = [
    "/incidents/X",
    "/incidents/X/opengraph-image",
    "/incidents/page/X",
    "/incidents/status/X",
    "/incidents/status/X/page/2",
    "/incidents/vector/X",
    "/incidents/vector/X/page/2",
    "/incidents/year/X",
    "/incidents/year/X/page/2",
    "/rankings/X/loss/desc",
    "/tags/X",
    "/tags/X/feed.xml",
    "/tags/X/page/2",
    "/exchanges/X",
    "/exchanges/X/feed.xml",
  ];

  test("broken percent-encoding on every dynamic route → 400 with a message and the normal headers, never a 500", async () => {
    for (const route of DYNAMIC_ROUTES) {
      for (const bad of ["%ff", "%", "%zz", "%E9"]) {
        const path = route.replace("X", bad);
        const response = await get(path);
        expect(String(response.status), path).toMatch(/^40[04]$/);
        expectRawSecurityHeaders(response, path);
        if (response.status === 400) expect((JSON.parse(response.body) as { error: string }).error, path).toMatch(/percent-encoding/);
      }
    }
    // Well-formed escapes still work.
    expect((await get("/incidents/okex%2D2017")).status).toBe(200);
  });

  test("TRACE, POST to a hashed asset and OPTIONS on the API → 405 with exactly one Allow", async ({ request }) => {
    const html = await (await request.get("/incidents")).text();
    const asset = /\/_next\/static\/[^"']+\.js/.exec(html)?.[0];
    expect(asset).toBeTruthy();
    const cases: [string, string, string][] = [
      ["TRACE", "/", "GET, HEAD"],
      ["TRACE", "/api/newsletter/subscribe", "POST"],
      ["POST", asset ?? "", "GET, HEAD"],
      ["DELETE", asset ?? "", "GET, HEAD"],
      ["OPTIONS", "/api/newsletter/subscribe", "POST"],
      ["OPTIONS", "/api/newsletter/unsubscribe", "GET, HEAD, POST"],
      ["PROPFIND", "/api/newsletter/confirm", "POST"],
    ];
    for (const [method, path, allow] of cases) {
      const response = await get(path, method);
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(headerCount(response, "allow"), `${method} ${path}: one Allow`).toBe(1);
      expect(response.headers["allow"], `${method} ${path}`).toBe(allow);
      expectRawSecurityHeaders(response, `${method} ${path}`);
    }
  });

  test("redirects carry the security headers and a Cache-Control", async () => {
    for (const path of ["/incidents/", "/tags/phishing/"]) {
      const response = await get(path);
      expect(response.status, path).toBe(308);
      expectRawSecurityHeaders(response, path);
      expect(response.headers["cache-control"], path).toMatch(/max-age=\d+/);
    }
  });
});
