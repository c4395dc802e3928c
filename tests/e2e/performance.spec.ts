import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";

/** Compressed bytes of every script the page loaded, as the browser received them. */
async function scriptBytes(page: Page, path: string): Promise<{ total: number; urls: string[] }> {
  const scripts: Promise<{ url: string; bytes: number }>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() !== "script") return;
    scripts.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize })));
  });
  await page.goto(path, { waitUntil: "load" });
  const loaded = await Promise.all(scripts);
  return { total: loaded.reduce((sum, s) => sum + s.bytes, 0), urls: loaded.map((s) => new URL(s.url).pathname).sort() };
}

test.describe("performance budgets a reader feels", () => {
  test("an article loads at most 5 kB (compressed) of script beyond what a bare page loads", async ({ browser }) => {
    // Fresh contexts so neither page reuses the other's cached scripts.
    const bare = await browser.newContext();
    const article = await browser.newContext();
    const baseline = await scriptBytes(await bare.newPage(), "/this-page-does-not-exist");
    const report = await scriptBytes(await article.newPage(), "/incidents/okex-2017");
    await bare.close();
    await article.close();
    expect(baseline.total, "the bare page loads the framework runtime").toBeGreaterThan(0);
    expect(report.total - baseline.total, `article scripts: ${report.urls.join(", ")}`).toBeLessThanOrEqual(5 * 1024);
  });

  test("an article serves its full body, read from the content step's body files", async ({ page }) => {
    await page.goto("/incidents/okex-2017");
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toBeVisible();
    // The body (not just the summary from the metadata module): its headings feed the table of contents.
    const toc = page.getByRole("navigation", { name: "On this page" });
    await expect(toc.getByRole("link").first()).toBeVisible();
    const firstEntry = await toc.getByRole("link").first().textContent();
    expect(firstEntry).toBeTruthy();
    await expect(main.getByRole("heading", { level: 2, name: firstEntry ?? "", exact: true })).toBeVisible();
  });
});
