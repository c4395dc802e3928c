import { test, expect } from "./fixtures";

const DRAFT_SLUG = "example-draft";
const DRAFT_TITLE = /Example draft/;

test.describe("editorial workflow in the production build", () => {
  test("a draft is not served anywhere: its page, the archive and its tag are absent", async ({ page }) => {
    const response = await page.goto(`/incidents/${DRAFT_SLUG}`);
    expect(response?.status()).toBe(404);
    await page.goto("/incidents");
    // The archive is there (its newest reports link to their articles), only the draft is not.
    await expect(page.getByRole("main").locator('a[href^="/incidents/"][href$="-2025"]').first()).toBeVisible();
    await expect(page.getByRole("link", { name: DRAFT_TITLE })).toHaveCount(0);
    const tagResponse = await page.goto("/tags/editorial-example");
    expect(tagResponse?.status()).toBe(404);
    await page.goto("/tags");
    await expect(page.getByRole("link", { name: /#editorial-example/ })).toHaveCount(0);
  });

  test("the updates log sits at the top of the article; an editorial note does not change the modified date", async ({ page }) => {
    await page.goto("/incidents/okex-2017");
    const article = page.getByRole("article", { name: /OKEx denies breach/ });
    const updates = article.getByRole("region", { name: "Updates and corrections" });
    await expect(updates.getByText(/^Editor's note 25 November 2026:/)).toBeVisible();
    await expect(updates).toContainText("Archive note: the publication date of this report is approximate.");
    const updatesBox = await updates.boundingBox();
    const bodyBox = await article.getByRole("heading", { level: 2, name: "What happened" }).boundingBox();
    expect(updatesBox && bodyBox && updatesBox.y < bodyBox.y).toBe(true);
    // The archive note is `kind: editorial`: it tells the reader nothing new, so the 2017 story stays dated 2017.
    await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute("content", /^2017-10-04/);
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", /^2017-10-04/);
  });

  test("a status change shows as a status history", async ({ page }) => {
    await page.goto("/incidents/bithumb-2018");
    const history = page.getByRole("list", { name: "Status history" });
    await expect(history.getByRole("listitem")).toHaveCount(2);
    await expect(history.getByRole("listitem").first()).toContainText("Published");
    await expect(history.getByRole("listitem").last()).toContainText("Confirmed");
    await expect(page.getByRole("status").filter({ hasText: /draft|scheduled/i })).toHaveCount(0);
  });
});
