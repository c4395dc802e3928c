import type { Browser, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { ALL_PAGE_TYPES } from "./support/page-types";

/** Reading on a phone (issue 20): nothing wider than the screen, tables as cards, facts first, readable charts. */

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function pagesWiderThanViewport(browser: Browser, width: number, javaScriptEnabled: boolean): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
  const page = await context.newPage();
  const wide: string[] = [];
  for (const { name, path } of ALL_PAGE_TYPES) {
    await page.goto(path, { waitUntil: "load" });
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    if (scrollWidth > innerWidth) wide.push(`${name} (${path}): ${String(scrollWidth)} px wide at ${String(innerWidth)} px`);
  }
  await context.close();
  return wide;
}

for (const width of [320, 390]) {
  for (const javaScriptEnabled of [true, false]) {
    test(`no page type is wider than a ${String(width)} px viewport ${javaScriptEnabled ? "with" : "without"} JavaScript`, async ({ browser }) => {
      test.setTimeout(180_000);
      expect(await pagesWiderThanViewport(browser, width, javaScriptEnabled)).toEqual([]);
    });
  }
}

/** Every cell of a table that is laid out within the viewport, i.e. readable without scrolling sideways. */
async function cellsOutsideViewport(page: Page, tableName: RegExp): Promise<string[]> {
  const table = page.getByRole("table", { name: tableName });
  await expect(table).toBeVisible();
  return table.locator("tbody td, tbody th").evaluateAll((cells) =>
    cells
      .filter((cell) => {
        const box = cell.getBoundingClientRect();
        return box.width === 0 || box.left < 0 || box.right > window.innerWidth;
      })
      .map((cell) => `${cell.getAttribute("data-label") ?? "?"}: ${(cell.textContent ?? "").trim().slice(0, 40)}`),
  );
}

test.describe("tables on a 390 px phone", () => {
  test.use({ viewport: PHONE });

  test("rankings tables show every value, labelled, within the screen", async ({ page }) => {
    await page.goto("/rankings");
    for (const name of [/^Largest incidents/, /^Security ranking/]) {
      expect(await cellsOutsideViewport(page, name)).toEqual([]);
    }
    const firstIncident = page.getByRole("table", { name: /^Largest incidents/ }).locator("tbody tr").first();
    await expect(firstIncident.locator('td[data-label="Reported loss"]')).toBeVisible();
    await expect(firstIncident.locator('td[data-label="Status"]')).toBeVisible();
    // The label is drawn in front of the value, so a reader can tell "Total losses" from "Incidents".
    const lossLabel = await page
      .getByRole("table", { name: /^Security ranking/ })
      .locator('tbody td[data-label="Total losses"]')
      .first()
      .evaluate((cell) => getComputedStyle(cell, "::before").content);
    expect(lossLabel).toBe('"Total losses"');
  });

  test("the exchange directory and a profile's checklist and score tables fit the screen", async ({ page }) => {
    await page.goto("/exchanges");
    expect(await cellsOutsideViewport(page, /./)).toEqual([]);
    await page.goto("/exchanges/okex");
    expect(await cellsOutsideViewport(page, /^Security checklist/)).toEqual([]);
    expect(await cellsOutsideViewport(page, /^Practices:/)).toEqual([]);
    const checklistRow = page.getByRole("table", { name: /^Security checklist/ }).locator("tbody tr").first();
    for (const label of ["Detail", "As of", "Source"]) await expect(checklistRow.locator(`td[data-label="${label}"]`)).toBeVisible();
    const scoreRow = page.getByRole("table", { name: /^Practices:/ }).locator("tbody tr").first();
    for (const label of ["Points", "Possible"]) await expect(scoreRow.locator(`td[data-label="${label}"]`)).toBeVisible();
  });
});

test("links in tables are underlined without hovering", async ({ page }) => {
  await page.goto("/rankings");
  const decorations = await page
    .locator('[role="region"] tbody a')
    .evaluateAll((links) => links.map((a) => getComputedStyle(a).textDecorationLine));
  expect(decorations.length).toBeGreaterThan(10);
  expect(decorations.filter((d) => !d.includes("underline"))).toEqual([]);
});

test.describe("article on a phone", () => {
  test.use({ viewport: PHONE });

  test("the facts box and contents come before the body", async ({ page }) => {
    await page.goto("/incidents/okex-2017");
    const facts = await page.getByRole("complementary", { name: "Incident facts" }).boundingBox();
    const toc = await page.getByRole("navigation", { name: "On this page" }).boundingBox();
    const firstParagraph = await page.locator("article .prose p").first().boundingBox();
    expect(facts && toc && firstParagraph).toBeTruthy();
    if (!facts || !toc || !firstParagraph) return;
    expect(facts.y).toBeLessThan(firstParagraph.y);
    expect(toc.y).toBeLessThan(firstParagraph.y);
  });
});

test.describe("article on a desktop", () => {
  test.use({ viewport: DESKTOP });

  test("the table of contents is reached within ten Tab stops after the header", async ({ page }) => {
    await page.goto("/incidents/okex-2017");
    const navLinks = await page.getByRole("navigation", { name: "Main" }).getByRole("link").count();
    const tocFirst = await page.getByRole("navigation", { name: "On this page" }).getByRole("link").first().getAttribute("href");
    // Skip link, site name, then the main nav: what every page has before its own content.
    const headerStops = 2 + navLinks;
    let reachedAt = -1;
    for (let stop = 1; stop <= headerStops + 10; stop += 1) {
      await page.keyboard.press("Tab");
      const href = await page.evaluate(() => document.activeElement?.getAttribute("href") ?? null);
      const inToc = await page.evaluate(() => document.activeElement?.closest('nav[aria-labelledby="toc-heading"]') !== null);
      if (inToc && href === tocFirst) {
        reachedAt = stop;
        break;
      }
    }
    expect(reachedAt, "Tab stop of the first contents link").toBeGreaterThan(headerStops);
    expect(reachedAt).toBeLessThanOrEqual(headerStops + 10);
  });
});

for (const viewport of [PHONE, DESKTOP]) {
  test(`stats chart text renders at 12 px or more at ${String(viewport.width)} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/stats");
    const sizes = await page.locator("svg[data-chart] text").evaluateAll((texts) =>
      texts.map((t) => {
        const scale = (t as SVGTextElement).getScreenCTM()?.a ?? 0;
        return { text: t.textContent ?? "", px: parseFloat(getComputedStyle(t).fontSize) * scale };
      }),
    );
    expect(sizes.length).toBeGreaterThan(10);
    expect(sizes.filter((s) => s.px < 12)).toEqual([]);
  });
}

test.describe("header on a 390 px phone", () => {
  test.use({ viewport: PHONE });

  test("is one compact row", async ({ page }) => {
    await page.goto("/rankings");
    const header = await page.getByRole("banner").boundingBox();
    expect(header?.height ?? Infinity).toBeLessThanOrEqual(64);
    // Every nav item is still reachable (scrolls sideways inside the nav, never widening the page).
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveCount(9);
  });

  test("links and chips are at least 24 px tall", async ({ page }) => {
    await page.goto("/incidents/okex-2017");
    const targets = [
      page.getByRole("navigation", { name: "Main" }).getByRole("link"),
      page.getByRole("list", { name: "Tags" }).getByRole("link"),
      page.getByRole("navigation", { name: "On this page" }).getByRole("link"),
    ];
    for (const links of targets) {
      const heights = await links.evaluateAll((as) => as.map((a) => ({ text: a.textContent ?? "", h: a.getBoundingClientRect().height })));
      expect(heights.length).toBeGreaterThan(0);
      expect(heights.filter((x) => x.h < 24)).toEqual([]);
    }
  });
});

test.describe("the main nav marks the current page", () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`${javaScriptEnabled ? "with" : "without"} JavaScript`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      for (const [path, current] of [
        ["/rankings", "Rankings"],
        ["/incidents/okex-2017", "Incidents"],
        ["/exchanges/okex", "Exchanges"],
      ] as const) {
        await page.goto(path);
        const nav = page.getByRole("navigation", { name: "Main" });
        await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
        const link = nav.getByRole("link", { name: current });
        await expect(link).toHaveAttribute("aria-current", "page");
        const other = nav.getByRole("link", { name: "About" });
        const style = (l: typeof link) => l.evaluate((a) => `${getComputedStyle(a).color} ${getComputedStyle(a).borderBottomColor}`);
        expect(await style(link)).not.toBe(await style(other));
      }
      await context.close();
    });
  }
});

test.describe("money in headlines", () => {
  test("an amount and its unit never break apart", async ({ page }) => {
    await page.goto("/incidents/okex-2017");
    const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    expect(title).toContain("$3\u00a0million");
    await page.goto("/rankings");
    const titles = await page.getByRole("table", { name: /^Largest incidents/ }).locator("tbody th a").allTextContents();
    expect(titles.filter((t) => /\d (million|billion)/.test(t))).toEqual([]);
  });

  test("uses the dollar sign, never USD, for totals", async ({ page }) => {
    for (const path of ["/stats", "/incidents/year/2018"]) {
      await page.goto(path);
      const main = page.getByRole("main");
      await expect(main).toContainText(/\$[\d,]+ reported lost/);
      await expect(main).not.toContainText(/USD \d/);
    }
  });
});
