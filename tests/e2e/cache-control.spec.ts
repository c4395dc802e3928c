import { test, expect } from "./fixtures";
import { FEED_CACHE_CONTROL, HASHED_ASSET_CACHE_CONTROL, NO_STORE, PAGE_CACHE_CONTROL } from "../../lib/http/cache-policy";

/** The CDN policy documented in docs/deployment.md, checked on the built site. */
test.describe("Cache-Control for a CDN", () => {
  test("a prerendered article is cached briefly at the edge and served stale while refetched", async ({ request }) => {
    const response = await request.get("/incidents/okex-2017");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe(PAGE_CACHE_CONTROL);
    expect(response.headers()["cache-control"]).not.toContain("31536000");
  });

  test("feeds and open data get the short feed policy", async ({ request }) => {
    for (const path of ["/feed.xml", "/data/incidents.json"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["cache-control"], path).toBe(FEED_CACHE_CONTROL);
    }
  });

  test("hashed assets are immutable for a year", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const asset = /\/_next\/static\/[^"']+\.(?:css|js)/.exec(html)?.[0];
    expect(asset, "a hashed asset referenced by the home page").toBeDefined();
    const response = await request.get(asset ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe(HASHED_ASSET_CACHE_CONTROL);
  });

  test("the subscribe endpoint is never stored", async ({ request, baseURL }) => {
    const response = await request.post("/api/newsletter/subscribe", {
      headers: { Accept: "application/json", Origin: baseURL ?? "" },
      form: { email: "cache-control@example.test", source: "/" },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe(NO_STORE);
  });

  test("per-request pages keep Next's private, no-store answer", async ({ request }) => {
    const response = await request.get("/newsletter/confirm?token=not-a-token");
    expect(response.headers()["cache-control"]).toContain("no-store");
  });

  test("the health check answers ok without details and is not cached", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    expect(response.headers()["cache-control"]).toBe(NO_STORE);
  });
});
