import { test, expect, expectNoAxeViolations } from "./fixtures";

test.describe("reading the newsroom", () => {
  test("home → OKEx report shows status, loss and sources", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const featured = page.getByRole("region", { name: "Featured report" });
    await featured.getByRole("link", { name: /OKEx/ }).click();
    await expect(page).toHaveURL(/\/incidents\/okex-2017$/);
    const article = page.getByRole("article", { name: /OKEx denies breach/ });
    await expect(article.getByText("Denied", { exact: true }).first()).toBeVisible();
    await expect(article.getByText("the exchange denies that it was breached")).toBeVisible();
    const facts = page.getByRole("complementary", { name: "Incident facts" });
    await expect(facts.getByText("$3,000,000")).toBeVisible();
    await expect(facts.getByRole("link", { name: "OKEx" })).toHaveAttribute("href", "/exchanges/okex");
    const sources = page.getByRole("region", { name: "Sources" });
    await expect(sources.getByRole("listitem").first()).toBeVisible();
    expect(await sources.getByRole("link").count()).toBeGreaterThan(0);
  });

  test("a tag link leads to its tag page and back", async ({ page }) => {
    await page.goto("/incidents/okex-2017");
    const article = page.getByRole("article", { name: /OKEx denies breach/ });
    const tagLink = article.getByRole("list", { name: "Tags" }).getByRole("link", { name: "#phishing" });
    await tagLink.click();
    await expect(page).toHaveURL(/\/tags\/phishing$/);
    await expect(page.getByRole("heading", { level: 1, name: "#phishing" })).toBeVisible();
    await expect(page.getByRole("link", { name: /OKEx/ }).first()).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/incidents\/okex-2017$/);
  });

  test("the tags index lists tags with counts", async ({ page }) => {
    await page.goto("/tags");
    const link = page.getByRole("link", { name: /#phishing/ });
    await expect(link).toBeVisible();
    await expect(link).toContainText(/\d+/);
  });

  test("an unknown slug shows the 404 page with status 404", async ({ page }) => {
    const response = await page.goto("/incidents/no-such-incident");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    const tagResponse = await page.goto("/tags/no-such-tag");
    expect(tagResponse?.status()).toBe(404);
  });

  test("table of contents anchors scroll to their headings", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto("/incidents/okex-2017");
    const toc = page.getByRole("navigation", { name: "On this page" });
    const links = toc.getByRole("link");
    expect(await links.count()).toBeGreaterThan(1);
    const last = links.last();
    const target = (await last.getAttribute("href")) ?? "";
    const heading = page.locator(`[id="${target.slice(1)}"]`);
    await expect(heading).not.toBeInViewport();
    await last.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(heading).toBeInViewport();
  });

  test("the archive paginates", async ({ page }) => {
    await page.goto("/incidents");
    await expect(page.getByText(/Page 1 of \d+/)).toBeVisible();
    await page.getByRole("navigation", { name: "Incident archive pages" }).getByRole("link", { name: "Page 2" }).click();
    await expect(page).toHaveURL(/\/incidents\/page\/2$/);
    await expect(page.getByText(/Page 2 of \d+/)).toBeVisible();
    expect(await page.getByRole("article").count()).toBeGreaterThan(0);
  });

  test("article shows related incidents and previous/next links", async ({ page }) => {
    await page.goto("/incidents/okex-2017");
    await expect(page.getByRole("heading", { name: "Related incidents" })).toBeVisible();
    const more = page.getByRole("navigation", { name: "More incidents" });
    await expect(more.getByRole("link").first()).toBeVisible();
  });
});

test.describe("accessibility", () => {
  for (const path of ["/", "/incidents/okex-2017", "/tags/phishing", "/tags", "/about", "/incidents"]) {
    test(`axe finds no violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  test("axe finds no violations in dark mode on an article", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/incidents/okex-2017");
    await expectNoAxeViolations(page);
  });

  test("article layout holds at 360 px", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/incidents/okex-2017");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
