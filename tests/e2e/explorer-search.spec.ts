/**
 * Issue 20, items 2 and 6: the explorer's words match its view, and search results carry what a
 * reader needs to choose one. Expected numbers come from the open-data file, never hard-coded.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { openDataIncidentsFileSchema } from "@/lib/opendata/schema";

async function incidents(request: APIRequestContext) {
  return openDataIncidentsFileSchema.parse(await (await request.get("/data/incidents.json")).json()).incidents;
}

const PAGE_SIZE = 10;
const pages = (n: number) => Math.max(1, Math.ceil(n / PAGE_SIZE));
const intro = (page: Page) => page.getByText(/^(\d+ reports?|No reports match)/);

test.describe("explorer: the text tells the truth about the view", () => {
  test("count, filter, sort and page appear in the intro as they change", async ({ page, request }) => {
    const all = await incidents(request);
    const denied = all.filter((i) => i.status === "denied");
    await page.goto("/incidents");
    await expect(intro(page)).toHaveText(`${String(all.length)} reports, newest first. Page 1 of ${String(pages(all.length))}.`);
    await page.getByLabel("Status").selectOption("denied");
    await expect(intro(page)).toHaveText(`${String(denied.length)} reports matching status Denied, newest first. Page 1 of ${String(pages(denied.length))}.`);
    await page.getByLabel("Sort by").selectOption("loss");
    await expect(intro(page)).toHaveText(`${String(denied.length)} reports matching status Denied, largest loss first. Page 1 of ${String(pages(denied.length))}.`);

    await page.goto("/incidents?sort=loss&page=2");
    await expect(intro(page)).toHaveText(`${String(all.length)} reports, largest loss first. Page 2 of ${String(pages(all.length))}.`);
  });

  test("nothing matching says so, with a link that clears the filters", async ({ page, request }) => {
    const all = await incidents(request);
    await page.goto("/incidents?minLoss=900b");
    await expect(page.getByText("No incidents match.")).toBeVisible();
    await expect(page.getByText(/reported lost across 0 incidents/)).toHaveCount(0);
    await page.getByRole("main").getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(/\/incidents$/);
    await expect(intro(page)).toHaveText(new RegExp(`^${String(all.length)} reports, newest first`));
  });

  test("a page past the end is the last page, in the address and the text", async ({ page, request }) => {
    const all = await incidents(request);
    const last = pages(all.length);
    await page.goto("/incidents?sort=loss&page=99");
    await expect(page).toHaveURL(new RegExp(`/incidents\\?sort=loss&page=${String(last)}$`));
    await expect(intro(page)).toHaveText(`${String(all.length)} reports, largest loss first. Page ${String(last)} of ${String(last)}.`);
  });

  test("filtered cards keep their tags", async ({ page, request }) => {
    const biggest = [...(await incidents(request))].sort((a, b) => (b.lossUsd ?? -1) - (a.lossUsd ?? -1))[0];
    await page.goto("/incidents?sort=loss");
    const first = page.getByRole("list", { name: "Matching incidents" }).getByRole("listitem").first();
    await expect(first.getByRole("heading")).toHaveText(biggest?.title ?? "");
    const tags = first.getByRole("list", { name: "Tags" }).getByRole("link");
    await expect(tags).toHaveText((biggest?.tags ?? []).map((t) => `#${t}`));
  });

  // Issue 15: one incident card. The explorer's own copy had lost the headline's no-break space and
  // wrote the exchanges differently; the cards it renders are now the prerendered cards, byte for byte.
  test("the cards the explorer renders are the cards the facet pages prerender", async ({ page }) => {
    // Keyed by the article link, since the explorer below sorts by loss and the facet pages by date. The
    // server marks where adjacent text nodes meet with <!-- -->; the browser's own rendering has no such marks.
    const cardsOf = (scope: ReturnType<Page["getByRole"]>) =>
      scope
        .locator("article")
        .evaluateAll((cards) => cards.map((c) => [c.querySelector("h2 a")?.getAttribute("href") ?? "", c.outerHTML.replaceAll("<!-- -->", "")] as const));
    const prerendered = new Map<string, string>();
    for (let n = 1; ; n++) {
      const response = await page.goto(n === 1 ? "/incidents/year/2018" : `/incidents/year/2018/page/${String(n)}`);
      if (!response?.ok()) break;
      for (const [href, html] of await cardsOf(page.getByRole("main"))) prerendered.set(href, html);
    }
    expect(prerendered.size).toBeGreaterThan(2);

    await page.goto("/incidents?year=2018&sort=loss");
    const results = page.getByRole("list", { name: "Matching incidents" });
    await expect(results.locator(":scope > li")).toHaveCount(Math.min(PAGE_SIZE, prerendered.size));
    const rendered = await cardsOf(results);
    expect(rendered.some(([, html]) => /\$[\d.,]+(&nbsp;|\u00a0)(million|billion)/.test(html))).toBe(true);
    for (const [href, html] of rendered) expect(html, href).toBe(prerendered.get(href));
  });

  test("on a phone, choosing page 2 moves to the top of the results", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/incidents?sort=loss");
    const results = page.getByRole("list", { name: "Matching incidents" });
    await expect(results).toBeVisible();
    await page.getByRole("navigation", { name: "Matching incidents: pages" }).getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(/sort=loss&page=2$/);
    await expect(intro(page)).toBeFocused();
    await expect(intro(page)).toBeInViewport();
    await expect(intro(page)).toContainText("Page 2 of");
  });

  test("Minimum loss takes 50M and $50,000,000", async ({ page, request }) => {
    const big = (await incidents(request)).filter((i) => (i.lossUsd ?? -1) >= 50_000_000);
    await page.goto("/incidents");
    const input = page.getByLabel("Minimum loss (USD)");
    await input.fill("50M");
    await expect(page).toHaveURL(/minLoss=50000000$/);
    await expect(input).toHaveValue("50M");
    await expect(intro(page)).toHaveText(new RegExp(`^${String(big.length)} reports matching loss at least \\$50,000,000`));
    await input.fill("$50,000,000");
    await expect(input).toHaveValue("$50,000,000");
    await expect(page).toHaveURL(/minLoss=50000000$/);
  });

  test("the first ten results and a GET filter form are in the prerendered HTML", async ({ request }) => {
    const html = await (await request.get("/incidents")).text();
    expect(html).toMatch(/<form[^>]*aria-label="Filter incidents"[^>]*action="\/incidents"[^>]*method="get"/);
    expect(html).toContain('name="year"');
    expect(html.match(/<article/g) ?? []).toHaveLength(PAGE_SIZE);
  });
});

test.describe("explorer while the index loads or fails", () => {
  // The index answers 503 on purpose here; Chromium logs that failed request.
  test.use({ allowedFailedRequests: [/\/data\/incidents\.json$/] });

  test("the list stays while the index loads, and a failure names no URL or status", async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/data/incidents.json", async (route) => {
      await held;
      await route.fulfill({ status: 503, body: "unavailable" });
    });
    await page.goto("/incidents");
    const firstPage = page.getByRole("main").getByRole("article");
    await expect(firstPage).toHaveCount(PAGE_SIZE);
    await page.getByLabel("Status").selectOption("denied");
    await expect(page.getByText("Loading matching incidents…")).toBeVisible();
    await expect(firstPage).toHaveCount(PAGE_SIZE);
    release();
    const alert = page.getByRole("alert").filter({ hasText: "Could not load" });
    await expect(alert).toBeVisible();
    await expect(alert).not.toContainText(/\/data|HTTP|503|json/i);
  });
});

test.describe("explorer without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form lands on the facet page", async ({ page }) => {
    await page.goto("/incidents");
    await page.getByLabel("Status").selectOption("denied");
    await page.getByRole("button", { name: "Show results" }).click();
    await expect(page).toHaveURL(/\/incidents\/status\/denied$/);
    await expect(page.getByRole("heading", { level: 1, name: "Denied incidents" })).toBeVisible();
  });

  test("a shared one-facet link opens its facet page; other links say what the page shows", async ({ page, request }) => {
    const all = await incidents(request);
    const year = (all[0]?.incidentDate ?? all[0]?.date ?? "").slice(0, 4);
    await page.goto(`/incidents?year=${year}`);
    await expect(page).toHaveURL(new RegExp(`/incidents/year/${year}$`));
    // Sorting by loss needs the browser: the page says it shows all reports, newest first, and does.
    await page.goto(`/incidents?year=${year}&sort=loss`);
    await expect(intro(page)).toHaveText(`${String(all.length)} reports, newest first. Page 1 of ${String(pages(all.length))}.`);
    await expect(page.getByRole("main").getByRole("article").first().getByRole("heading")).toHaveText(all[0]?.title ?? "");
  });

  test("a page past the end is not found", async ({ page }) => {
    expect((await page.goto("/incidents?page=99"))?.status()).toBe(404);
    await expect(page.getByRole("main").getByRole("article")).toHaveCount(0);
  });
});

test.describe("search results", () => {
  test("show status, date, reported loss and the summary from its first word", async ({ page, request }) => {
    const okex = (await incidents(request)).find((i) => i.slug === "okex-2017");
    await page.goto("/search?q=OKEx");
    const first = page.getByRole("list", { name: "Search results" }).getByRole("listitem").first();
    await expect(first.getByRole("link")).toHaveAttribute("href", "/incidents/okex-2017");
    await expect(first.getByText("Denied", { exact: true })).toBeVisible();
    await expect(first.locator(`time[datetime="${okex?.date ?? ""}"]`)).toBeVisible();
    await expect(first.locator(`data[value="${String(okex?.lossUsd ?? "")}"]`)).toBeVisible();
    await expect(first.getByText(okex?.summary.slice(0, 40) ?? "")).toBeVisible();
  });

  test("filter counts follow the query", async ({ page }) => {
    await page.goto("/search?q=OKEx");
    const status = page.getByRole("status").filter({ hasText: "found" });
    await expect(status).toBeVisible();
    const found = Number(/(\d+) reports? found/.exec((await status.textContent()) ?? "")?.[1]);
    const statusCounts = async () =>
      (await page.getByLabel("Status").locator("option").allTextContents())
        .slice(1)
        .reduce((sum, text) => sum + Number(/\((\d+)\)$/.exec(text)?.[1] ?? 0), 0);
    // Every report has one status, so the status counts of a search add up to its results.
    await expect.poll(statusCounts).toBe(found);
    const all = (await incidents(page.request)).length;
    expect(found).toBeLessThan(all);
  });

  test('"phising" suggests "phishing" and the explorer', async ({ page }) => {
    await page.goto("/search");
    await page.getByLabel("Search reports").fill("phising");
    await expect(page.getByText("No reports match “phising”.")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "incident explorer" })).toHaveAttribute("href", "/incidents");
    await page.getByRole("link", { name: "phishing", exact: true }).click();
    await expect(page.getByLabel("Search reports")).toHaveValue("phishing");
    await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem").first()).toBeVisible();
  });

  test("its URL speaks the explorer's vocabulary", async ({ page }) => {
    await page.goto("/search?q=exchange");
    await page.getByLabel("Status").selectOption("resolved");
    await expect(page).toHaveURL(/\/search\?q=exchange&status=resolved$/);
    // An old link's display-name value still opens, as the slug.
    await page.goto("/search?status=Denied&q=OKEx");
    await expect(page.getByLabel("Status")).toHaveValue("denied");
    await expect(page.getByRole("list", { name: "Search results" }).getByRole("link", { name: /OKEx/ }).first()).toBeVisible();
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("does not offer a keyboard shortcut that needs JavaScript", async ({ page }) => {
    await page.goto("/search");
    await expect(page.getByText("Search needs JavaScript")).toBeVisible();
    await expect(page.getByText(/Press \/ anywhere/)).toHaveCount(0);
  });
});
