import type { APIResponse } from "@playwright/test";
import { test, expect } from "./fixtures";

function expectSecurityHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  expect(h["x-content-type-options"], what).toBe("nosniff");
  expect(h["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"], what).toContain("camera=()");
  expect(h["strict-transport-security"], what).toContain("max-age=");
  const csp = h["content-security-policy"] ?? "";
  expect(csp, what).toContain("frame-ancestors 'none'");
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
  expect(scriptSrc, what).not.toContain("'unsafe-inline'");
  expect(scriptSrc, what).not.toContain("'unsafe-eval'");
}

test.describe("security headers", () => {
  const paths = ["/", "/incidents/okex-2017", "/tags/phishing", "/incidents", "/about", "/icon.svg"];
  for (const path of paths) {
    test(`${path} carries the security headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expectSecurityHeaders(response, path);
    });
  }

  test("the 404 page carries the security headers", async ({ request }) => {
    const response = await request.get("/incidents/does-not-exist");
    expect(response.status()).toBe(404);
    expectSecurityHeaders(response, "404");
  });

  test("hashed static assets carry the security headers", async ({ page, request }) => {
    await page.goto("/");
    const src = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    expect(src).toBeTruthy();
    expectSecurityHeaders(await request.get(src ?? ""), "static asset");
  });

  test("prerendered pages allow exactly their own inline scripts", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    for (const path of ["/", "/incidents/okex-2017", "/tags/phishing", "/incidents/page/2", "/about", "/nope"]) {
      const response = await page.goto(path);
      const csp = response?.headers()["content-security-policy"] ?? "";
      expect(csp).toMatch(/'sha256-|'nonce-/);
    }
    expect(violations).toEqual([]);
  });

  test("the app hydrates under the policy: links navigate without a full reload", async ({ page }) => {
    await page.goto("/incidents/okex-2017");
    // A full page load would wipe this marker; only Next's client router (which needs the
    // hashed inline bootstrap scripts) keeps it.
    await page.evaluate(() => {
      (window as unknown as { __softNavMarker: boolean }).__softNavMarker = true;
    });
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tags" }).click();
    await expect(page).toHaveURL(/\/tags$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tags" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __softNavMarker?: boolean }).__softNavMarker)).toBe(true);
  });
});
