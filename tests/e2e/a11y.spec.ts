import { test, expect, expectNoAxeViolations } from "./fixtures";
import { ALL_PAGE_TYPES } from "./support/page-types";

/** axe on every page type in both colour schemes: the dark palette has its own contrast pairs. */
for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    for (const { name, path } of [...ALL_PAGE_TYPES, { name: "404", path: "/no/such/page" }]) {
      test(`${name} (${path}) has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
        expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(colorScheme === "dark");
        await expectNoAxeViolations(page);
      });
    }
    test("search with results has no axe violations", async ({ page }) => {
      await page.goto("/search?q=exchange");
      await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem").first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}
