/**
 * Full-page screenshots of every page type at 390 px and 1280 px, for reviewing layout changes:
 *   BASE=http://127.0.0.1:3000 OUT=/some/dir npx tsx tests/support/screenshots.ts (default OUT: $TMPDIR/breachdesk-screenshots)   (ONLY=name,name to pick page types)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { ALL_PAGE_TYPES } from "../e2e/support/page-types";

const base = process.env.BASE ?? "http://127.0.0.1:3000";
const out = process.env.OUT ?? path.join(os.tmpdir(), "breachdesk-screenshots");
const only = process.env.ONLY?.split(",");

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const { name, path: pagePath } of ALL_PAGE_TYPES) {
      if (only && !only.includes(name)) continue;
      await page.goto(base + pagePath, { waitUntil: "load" });
      const file = path.join(out, `${name.replace(/\s+/g, "-")}-${String(width)}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await context.close();
  }
  await browser.close();
}
main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
