import { chromium } from "@playwright/test";
async function main() {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
  const page = await browser.newPage({ viewport: { width: 390, height: 900 } });
  const shots: [string, string, string][] = [
    ["/rankings", "table", "rank-a"],
    ["/rankings", "#security-caption", "rank-b"],
    ["/incidents/okex-2017", "body", "art"],
    ["/exchanges/okex", "#checklist-caption", "ex"],
    ["/stats", "svg[data-chart]", "stats"],
  ];
  for (const [path, sel, name] of shots) {
    await page.goto("http://127.0.0.1:3220" + path);
    await page.locator(sel).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/wt-20a-tools/${name}.png` });
  }
  await browser.close();
}
void main();
