import { LinkChecker, LinkState } from "linkinator";
import { test, expect } from "./fixtures";

/**
 * Crawls the built site from the home page (plus the pages only forms and feeds point to) and fails on
 * any broken internal link or missing asset: pages, feeds, images, scripts, stylesheets. External
 * links are skipped: their availability is not ours to test.
 */
test("a crawl of the built site finds no broken internal links or missing assets", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const origin = new URL(baseURL ?? "").origin;
  const checker = new LinkChecker();
  const result = await checker.check({
    path: [`${origin}/`, `${origin}/feeds`, `${origin}/sitemap.xml`],
    recurse: true,
    concurrency: 4,
    timeout: 20_000,
    checkCss: true,
    linksToSkip: (link) => Promise.resolve(!link.startsWith(origin)),
  });
  const broken = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => `${String(l.status ?? "no status")} ${l.url} (linked from ${l.parent ?? "start"})`);
  expect(broken).toEqual([]);
  expect(result.links.filter((l) => l.state === LinkState.OK).length).toBeGreaterThan(100);
});
