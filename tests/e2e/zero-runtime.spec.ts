import { gzipSync } from "node:zlib";
import { test, expect } from "./fixtures";
import { ALL_PAGE_TYPES } from "./support/page-types";
import { ENHANCEMENT_GZIP_BUDGET_BYTES } from "@/lib/enhancements/budget";

/** The two pages whose interaction is React on the client (lib/html/client-runtime.ts). */
const REACT_PAGES = new Set(["/incidents", "/search"]);
const CONTENT_PAGES = [
  ...ALL_PAGE_TYPES.filter((p) => !REACT_PAGES.has(p.path)),
  { name: "not found", path: "/incidents/no-such-report" },
];
const ENHANCEMENT_SCRIPT = /^\/enhance\/[0-9a-f]{16}\.js$/;

test.describe("content pages without the framework runtime", () => {
  for (const { name, path } of CONTENT_PAGES) {
    test(`${name} (${path}) loads no Next chunk and no flight data`, async ({ page, request }) => {
      const scripts: string[] = [];
      page.on("request", (r) => {
        if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
      });
      const response = await page.goto(path, { waitUntil: "load" });
      expect(response, path).not.toBeNull();
      const html = (await response?.text()) ?? "";
      expect(html).toContain("</html>");
      expect(scripts.filter((s) => s.startsWith("/_next/static/chunks"))).toEqual([]);
      expect(scripts.length, "the enhancement script").toBe(1);
      expect(scripts[0]).toMatch(ENHANCEMENT_SCRIPT);
      expect(html).not.toContain("self.__next_f");
      expect(html).not.toMatch(/<link[^>]+as="script"/);
      expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)[^>]*>[^<]/);
      expect(await page.evaluate(() => "__next_f" in self || "TURBOPACK" in globalThis)).toBe(false);
      const script = await request.get(scripts[0] ?? "");
      expect(gzipSync(await script.body()).byteLength).toBeLessThanOrEqual(ENHANCEMENT_GZIP_BUDGET_BYTES);
      expect(script.headers()["cache-control"]).toContain("immutable");
    });
  }

  test("links are plain links: following one loads a whole document, with no RSC request", async ({ page }) => {
    const rsc: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("_rsc=") || r.headers().rsc) rsc.push(r.url());
    });
    await page.goto("/incidents/okex-2017");
    const [navigation] = await Promise.all([
      page.waitForEvent("request", (r) => r.isNavigationRequest() && r.url().endsWith("/tags")),
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tags" }).click(),
    ]);
    expect(navigation.resourceType()).toBe("document");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(rsc).toEqual([]);
  });

  for (const path of REACT_PAGES) {
    test(`${path} keeps React for its filters`, async ({ page }) => {
      const chunks: string[] = [];
      page.on("request", (r) => {
        if (r.resourceType() === "script" && new URL(r.url()).pathname.startsWith("/_next/static/chunks")) chunks.push(r.url());
      });
      await page.goto(path, { waitUntil: "load" });
      expect(chunks.length).toBeGreaterThan(0);
    });
  }
});
