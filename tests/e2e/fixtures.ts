import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * Every test fails if a page it visited logged a console error or threw: a reader would see a
 * broken page even when the assertion we wrote happened to pass.
 */
export const test = base.extend<{ consoleErrors: string[]; allowedFailedRequests: RegExp[] }>({
  /** URLs a test expects to answer 4xx/5xx (e.g. an API refusing bad input): Chromium logs those as errors. */
  allowedFailedRequests: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedFailedRequests }, use) => {
      const errors: string[] = [];
      const expectedNotFound = new Set<string>();
      page.on("console", (msg) => {
        if (msg.type() !== "error") return;
        const source = msg.location().url;
        // The 404 page's own document answers 404 on purpose; any other failed resource counts.
        if (source === page.url() && msg.text().includes("status of 404") && expectedNotFound.has(source)) return;
        if (msg.text().startsWith("Failed to load resource") && allowedFailedRequests.some((re) => re.test(source))) return;
        errors.push(`${page.url()}: ${msg.text()} [${source}]`);
      });
      page.on("response", (response) => {
        if (response.status() === 404 && response.request().isNavigationRequest()) expectedNotFound.add(response.url());
      });
      page.on("pageerror", (err) => errors.push(`${page.url()}: ${err.message}`));
      await use(errors);
      expect(errors, "console errors on visited pages").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}
