import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";

/** The known-loss values of the security table's rows, read from each cell's <data value>. */
async function lossColumn(page: Page): Promise<number[]> {
  const table = page.getByRole("table", { name: /^Security ranking/ });
  const values = await table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((r) => Number(r.querySelectorAll("td")[3]?.querySelector("data")?.getAttribute("value") ?? "NaN")),
  );
  return values;
}

function sortsByTotalLosses(javaScriptEnabled: boolean) {
  return async ({ browser }: { browser: import("@playwright/test").Browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/rankings");
    const table = page.getByRole("table", { name: /^Security ranking/ });
    const header = table.getByRole("columnheader", { name: "Total losses" });
    await expect(table.getByRole("columnheader", { name: "Rank" })).toHaveAttribute("aria-sort", "ascending");
    await expect(header).not.toHaveAttribute("aria-sort");
    const byRank = await lossColumn(page);
    expect(byRank.length).toBeGreaterThan(2);

    await header.getByRole("link", { name: "Total losses" }).click();
    await expect(page).toHaveURL(/\/rankings\/security\/total-losses\/asc#security$/);
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    const asc = await lossColumn(page);
    expect(asc).toEqual([...byRank].sort((x, y) => x - y));

    await header.getByRole("link", { name: "Total losses" }).click();
    await expect(page).toHaveURL(/\/rankings\/security\/total-losses\/desc#security$/);
    await expect(header).toHaveAttribute("aria-sort", "descending");
    expect(await lossColumn(page)).toEqual([...byRank].sort((x, y) => y - x));
    await context.close();
  };
}

test.describe("rankings", () => {
  test("sorting by Total losses reorders the security table, ascending then descending", sortsByTotalLosses(true));

  test("sorting works with JavaScript disabled", sortsByTotalLosses(false));

  test("shows the seed's market ranks for OKCoin (16) and OKEx (46) with their as-of date", async ({ page }) => {
    await page.goto("/rankings");
    const market = page.getByRole("table", { name: /^Market ranking/ });
    const okcoin = market.getByRole("row", { name: /OKCoin/ });
    await expect(okcoin.getByRole("cell").nth(0)).toHaveText("16");
    await expect(okcoin.getByRole("cell").nth(1)).toHaveText("6");
    await expect(okcoin.getByRole("cell").nth(2)).toHaveText("1 October 2017");
    const okex = market.getByRole("row", { name: /OKEx/ });
    await expect(okex).toContainText("#46 on 1 October 2017");
  });

  test("the largest-incidents leaderboard is ordered by loss and links to reports", async ({ page }) => {
    await page.goto("/rankings");
    const board = page.getByRole("table", { name: /^Largest incidents/ });
    const losses = await board.locator("tbody tr").evaluateAll((rows) =>
      rows.map((r) => Number(r.querySelector("data")?.getAttribute("value") ?? "NaN")),
    );
    expect(losses.length).toBe(25);
    expect(losses).toEqual([...losses].sort((x, y) => y - x));
    const first = board.getByRole("row").nth(1);
    await expect(first.getByRole("cell").first()).toHaveText("1");
    const href = await first.getByRole("rowheader").getByRole("link").getAttribute("href");
    await first.getByRole("rowheader").getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`${href ?? "none"}$`));
  });

  test("methodology gives the formula, a worked example per component, its limits and a comparison", async ({ page }) => {
    await page.goto("/rankings/methodology");
    await expect(page.getByText(/Score = practices \(0–50\) \+ record \(0–50\)/)).toBeVisible();
    for (const heading of ["Severity: the loss, without a ceiling", "Confirmation", "Customer outcome", "Target", "Age", "Practices", "What the score does not measure"]) {
      await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
    }
    const weights = page.getByRole("table", { name: /^Every weight/ });
    await expect(weights.getByRole("row", { name: /Proof of reserves/ })).toContainText("15 / 8 / 0");
    const comparison = page.getByRole("table", { name: /next to two published exchange ratings/ });
    await expect(comparison.getByRole("rowheader", { name: "CER.live CyberSecurity Score" })).toBeVisible();
    await expect(comparison.getByRole("rowheader", { name: "CoinGecko Trust Score" })).toBeVisible();
  });

  test("a renamed exchange's incident counts for its successor, shown under the old name", async ({ page }) => {
    await page.goto("/rankings");
    const okx = page.getByRole("table", { name: /^Security ranking/ }).getByRole("row", { name: /OKX/ });
    const counted = Number(await okx.getByRole("cell").nth(2).innerText());
    await page.goto("/exchanges/okx");
    const timeline = page.getByRole("list", { name: /Incidents at OKX/ });
    // The 2017 case was reported under OKEx and OKCoin, never OKX: it counts once, in the ranking and on the profile.
    await expect(timeline.getByRole("listitem")).toHaveCount(counted);
    await expect(timeline.getByRole("listitem").filter({ hasText: "as OKEx, 2017" }).getByRole("link", { name: /OKEx denies breach/ })).toBeVisible();
    const record = page.getByRole("table", { name: /^Incident record/ });
    await expect(record.getByRole("rowheader", { name: /2017 \(as OKEx\)/ })).toBeVisible();
    // Denied: the confirmation factor is a quarter.
    await expect(record.getByRole("row", { name: /as OKEx/ }).getByRole("cell").nth(1)).toHaveText("× 0.25");
  });

  test("an exchange with unknown practices is listed apart, never ranked; closed exchanges have their own table", async ({ page }) => {
    await page.goto("/rankings");
    const ranked = page.getByRole("table", { name: /^Security ranking/ });
    const unrated = page.getByRole("table", { name: /^Not enough data/ });
    const closed = page.getByRole("table", { name: /^Collapsed, closed, renamed and merged exchanges/ });
    await expect(unrated.getByRole("row", { name: /Remitano/ })).toContainText("0 of 5");
    await expect(ranked.getByRole("rowheader", { name: "Remitano" })).toHaveCount(0);
    await expect(closed.getByRole("row", { name: /Mt\. Gox/ })).toContainText("Collapsed");
    await expect(closed.getByRole("row", { name: /^OKEx/ })).toContainText("Renamed to OKX");
    await expect(ranked.getByRole("rowheader", { name: "Mt. Gox" })).toHaveCount(0);
    await page.goto("/exchanges/remitano");
    await expect(page.getByText("Not enough data to rank.")).toBeVisible();
    await expect(page.getByText("Facts last checked")).toBeVisible();
  });

  test("an unknown sorted view is a 404", async ({ page }) => {
    const response = await page.goto("/rankings/security/nope/asc");
    expect(response?.status()).toBe(404);
  });

  test("no axe violations on /rankings", async ({ page }) => {
    await page.goto("/rankings");
    await expectNoAxeViolations(page);
  });

  // Below 640 px the table is stacked into cards (tests/e2e/phone-reading.spec.ts); between that and a
  // desktop width it keeps its columns and scrolls inside its own region.
  test("on a tablet-width screen the table scrolls sideways and the exchange column stays in view", async ({ page }) => {
    await page.setViewportSize({ width: 700, height: 800 });
    await page.goto("/rankings");
    const region = page.getByRole("region", { name: /^Security ranking: active exchanges/ });
    const overflow = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(overflow).toBe(true);
    const okx = region.getByRole("rowheader", { name: "OKX" });
    await okx.scrollIntoViewIfNeeded();
    const regionLeft = (await region.boundingBox())?.x;
    await region.evaluate((el) => el.scrollBy({ left: 400 }));
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // The rank column scrolls away; the exchange column sticks to the region's left edge.
    await expect.poll(async () => (await okx.boundingBox())?.x).toBe(regionLeft);
    await expect(okx).toBeInViewport();
  });
});

test.describe("exchanges", () => {
  test("/exchanges lists every exchange A–Z with country, status and incident count", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Exchanges" }).click();
    await expect(page).toHaveURL(/\/exchanges$/);
    const table = page.getByRole("table", { name: /^All exchanges/ });
    const names = await table.getByRole("rowheader").allInnerTexts();
    expect(names.length).toBeGreaterThanOrEqual(20);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    const okex = table.getByRole("row", { name: /^OKEx/ });
    await expect(okex).toContainText("Renamed to OKX");
    await expect(okex.getByRole("cell").last()).toHaveText("1");
  });

  test("/exchanges/okex shows the 2017 incident, losses and OKCoin as a sister exchange", async ({ page }) => {
    await page.goto("/exchanges/okex");
    await expect(page.getByRole("heading", { level: 1, name: "OKEx" })).toBeVisible();
    const timeline = page.getByRole("list", { name: /Incidents at OKEx/ });
    await expect(timeline.getByRole("link", { name: /OKEx denies breach/ })).toHaveAttribute("href", "/incidents/okex-2017");
    await expect(timeline).toContainText("28 August 2017");
    await expect(page.getByText("total reported losses $3,000,000")).toBeVisible();
    const related = page.getByRole("region", { name: "Related exchanges" });
    const sister = related.getByRole("listitem").filter({ hasText: "Sister exchange" });
    await expect(sister.getByRole("link", { name: "OKCoin" })).toHaveAttribute("href", "/exchanges/okcoin");
    await expect(related.getByRole("listitem").filter({ hasText: "Successor" }).getByRole("link", { name: "OKX" })).toBeVisible();
  });

  test("the security checklist shows unknown as unknown, with sources and dates", async ({ page }) => {
    await page.goto("/exchanges/okex");
    const checklist = page.getByRole("table", { name: /^Security checklist for OKEx/ });
    const twoFactor = checklist.getByRole("row", { name: /Two-factor authentication/ });
    await expect(twoFactor).toContainText("Offered");
    await expect(twoFactor).toContainText("4 October 2017");
    await expect(twoFactor.getByRole("link", { name: "grahamcluley.com" })).toHaveAttribute("href", /^https:\/\/grahamcluley\.com\//);
    const bounty = checklist.getByRole("row", { name: /Bug bounty/ });
    await expect(bounty.getByRole("cell").first()).toHaveText(/Unknown/);
    await expect(bounty).not.toContainText(/\bNo\b(?! public)/);
    const history = page.getByRole("table", { name: /^Ranking history for OKEx/ });
    await expect(history.getByRole("row", { name: /1 October 2017/ }).getByRole("cell").first()).toHaveText("46");
  });

  test("OKX lists OKEx and OKCoin as predecessors", async ({ page }) => {
    await page.goto("/exchanges/okx");
    const related = page.getByRole("region", { name: "Related exchanges" });
    await expect(related.getByRole("listitem").filter({ hasText: "Renamed to this exchange" }).getByRole("link")).toHaveText("OKEx");
    await expect(related.getByRole("listitem").filter({ hasText: "Merged into this exchange" }).getByRole("link")).toHaveText("OKCoin");
  });

  test("no axe violations on an exchange profile", async ({ page }) => {
    await page.goto("/exchanges/okex");
    await expectNoAxeViolations(page);
  });
});
