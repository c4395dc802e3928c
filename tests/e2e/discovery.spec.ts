import { parse } from "csv-parse/sync";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { openDataExchangesFileSchema, openDataIncidentsFileSchema } from "@/lib/opendata/schema";
import { INCIDENT_CSV_HEADER } from "@/lib/opendata/build";

test.describe("search", () => {
  test('searching "OKEx" lists the OKEx report first, with the term highlighted', async ({ page }) => {
    await page.goto("/search");
    await page.getByLabel("Search reports").fill("OKEx");
    const results = page.getByRole("list", { name: "Search results" });
    const first = results.getByRole("listitem").first();
    await expect(first.getByRole("link")).toHaveAttribute("href", "/incidents/okex-2017");
    await expect(first.getByRole("link")).toContainText("OKEx");
    await expect(first.locator("mark").first()).toHaveText(/okex/i);
    await expect(page).toHaveURL(/\/search\?q=OKEx$/);

    await page.getByLabel("Status").selectOption("denied");
    await expect(results.getByRole("link", { name: /OKEx/ }).first()).toBeVisible();
    await page.getByLabel("Status").selectOption("confirmed");
    await expect(results.getByRole("link", { name: /OKEx denies/ })).toHaveCount(0);
  });

  test("the header Search link opens search with the box focused", async ({ page }) => {
    await page.goto("/about");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search$/);
    await expect(page.getByLabel("Search reports")).toBeFocused();
  });

  test("/ jumps to search from any page, and the header links there", async ({ page }) => {
    await page.goto("/about");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" })).toHaveAttribute("href", "/search");
    await page.keyboard.press("/");
    await expect(page).toHaveURL(/\/search$/);
    await expect(page.getByLabel("Search reports")).toBeFocused();
  });

  test("the search page has no axe violations", async ({ page }) => {
    await page.goto("/search?q=exchange");
    await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("says search needs JavaScript and links to the explorer", async ({ page }) => {
    await page.goto("/search");
    await expect(page.getByText("Search needs JavaScript")).toBeVisible();
    await page.getByRole("link", { name: "incident explorer" }).click();
    await expect(page).toHaveURL(/\/incidents$/);
  });
});

type Incident = { slug: string; status: string; lossUsd: number | null };

async function expectedTotal(request: import("@playwright/test").APIRequestContext, keep: (i: Incident) => boolean) {
  const file = openDataIncidentsFileSchema.parse(await (await request.get("/data/incidents.json")).json());
  const matches = file.incidents.filter(keep);
  const total = matches.reduce((sum, i) => sum + (i.lossUsd ?? 0), 0);
  return { count: matches.length, text: `USD ${total.toLocaleString("en-US")} reported lost across ${String(matches.length)} incident` };
}

test.describe("incident explorer", () => {
  test("status = denied shows OKEx, updates the total and the URL, and Back restores it", async ({ page, request }) => {
    const all = await expectedTotal(request, () => true);
    const denied = await expectedTotal(request, (i) => i.status === "denied");
    await page.goto("/incidents");
    const total = page.getByRole("status").filter({ hasText: "reported lost" });
    await expect(total).toContainText(all.text);

    await page.getByLabel("Status").selectOption("denied");
    await expect(page).toHaveURL(/\/incidents\?status=denied$/);
    await expect(total).toContainText(denied.text);
    const results = page.getByRole("list", { name: "Matching incidents" });
    await expect(results.getByRole("article")).toHaveCount(denied.count);
    await expect(results.getByRole("link", { name: /OKEx/ })).toBeVisible();

    await page.getByLabel("Sort by").selectOption("loss");
    await expect(page).toHaveURL(/\/incidents\?status=denied&sort=loss$/);

    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/incidents$/);
    await expect(total).toContainText(all.text);
  });

  test("a shared filtered URL opens with the filters applied", async ({ page, request }) => {
    const big = await expectedTotal(request, (i) => (i.lossUsd ?? -1) >= 100_000_000);
    await page.goto("/incidents?minLoss=100000000&sort=loss");
    await expect(page.getByLabel("Minimum loss (USD)")).toHaveValue("100000000");
    await expect(page.getByRole("status").filter({ hasText: "reported lost" })).toContainText(big.text);
    await expect(page.getByRole("list", { name: "Matching incidents" }).getByRole("article")).toHaveCount(Math.min(10, big.count));
    await expectNoAxeViolations(page);
  });

  test("the index is fetched only when filtering, not embedded in the page", async ({ page }) => {
    const fetched: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("/data/incidents.json")) fetched.push(r.url());
    });
    const response = await page.goto("/incidents");
    const html = (await response?.text()) ?? "";
    expect(html).not.toContain("mt-gox-2014");
    await expect(page.getByLabel("Status")).toBeVisible();
    expect(fetched).toEqual([]);
    await page.getByLabel("Status").selectOption("confirmed");
    await expect(page.getByRole("list", { name: "Matching incidents" })).toBeVisible();
    expect(fetched).toHaveLength(1);
  });
});

test.describe("incident explorer without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the status facet page lists denied incidents with their own total", async ({ page, request }) => {
    const all = await expectedTotal(request, () => true);
    const denied = await expectedTotal(request, (i) => i.status === "denied");
    await page.goto("/incidents");
    // The form is in the HTML too (a GET form); the facet links are the other no-JavaScript path.
    await expect(page.getByRole("form", { name: "Filter incidents" })).toBeVisible();
    await page.getByRole("navigation", { name: "Browse incidents by facet" }).getByRole("link", { name: /^Denied/ }).click();
    await expect(page).toHaveURL(/\/incidents\/status\/denied$/);
    await expect(page.getByRole("heading", { level: 1, name: "Denied incidents" })).toBeVisible();
    await expect(page.getByRole("link", { name: /OKEx/ }).first()).toBeVisible();
    const total = page.getByRole("status").filter({ hasText: "reported lost" });
    await expect(total).toContainText(denied.text);
    expect(denied.text).not.toBe(all.text);
  });

  test("year and vector facet pages exist and link back to the explorer", async ({ page }) => {
    await page.goto("/incidents/year/2017");
    await expect(page.getByRole("heading", { level: 1, name: "Incidents in 2017" })).toBeVisible();
    await page.goto("/incidents/vector/account-takeover");
    await expect(page.getByRole("link", { name: /OKEx/ }).first()).toBeVisible();
    expect((await page.goto("/incidents/status/nonsense"))?.status()).toBe(404);
  });
});

test.describe("statistics", () => {
  test("each chart is an SVG with one bar per row of its data table", async ({ page }) => {
    await page.goto("/stats");
    const figures = page.getByRole("figure");
    await expect(figures).toHaveCount(8);
    for (const name of [
      "Reported losses per year",
      "Incidents by attack vector",
      "Top exchanges by reported losses",
      "Stolen, frozen, reimbursed",
      "How long exchanges took to disclose",
      "Incidents by target",
      "Incidents by chain",
      "Attributed actors",
    ]) {
      const figure = page.getByRole("figure", { name });
      await expect(figure.getByRole("img")).toBeVisible();
      const rows = await figure.getByRole("table").locator("tbody tr").count();
      expect(rows).toBeGreaterThan(0);
      await expect(figure.locator("svg rect.bar")).toHaveCount(rows);
    }
    const scripts = await page.locator("script[src]").evaluateAll((els) => els.map((e) => e.getAttribute("src") ?? ""));
    expect(scripts.some((s) => /d3|chart/i.test(s))).toBe(false);
    await expectNoAxeViolations(page);
  });
});

test.describe("open data", () => {
  test("incidents.json and exchanges.json match the documented schema", async ({ request }) => {
    const incidents = openDataIncidentsFileSchema.parse(await (await request.get("/data/incidents.json")).json());
    expect(incidents.incidents.map((i) => i.slug)).toContain("okex-2017");
    const exchanges = openDataExchangesFileSchema.parse(await (await request.get("/data/exchanges.json")).json());
    expect(exchanges.exchanges.find((e) => e.slug === "okex")?.incidentCount).toBeGreaterThan(0);
  });

  test("incidents.csv parses as RFC 4180 and agrees with incidents.json", async ({ request }) => {
    const response = await request.get("/data/incidents.csv");
    expect(response.headers()["content-type"]).toContain("text/csv");
    const text = await response.text();
    expect(text).toContain("\r\n");
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...INCIDENT_CSV_HEADER]);
    const json = openDataIncidentsFileSchema.parse(await (await request.get("/data/incidents.json")).json());
    expect(rows.map((r) => [r.slug, r.title, r.summary, r.lossUsd])).toEqual(
      json.incidents.map((i) => [i.slug, i.title, i.summary, i.lossUsd === null ? "" : String(i.lossUsd)]),
    );
  });

  test("the /data page documents every field and the license", async ({ page }) => {
    await page.goto("/data");
    await expect(page.getByText("Schema version 2")).toBeVisible();
    await expect(page.getByRole("link", { name: "CC BY 4.0" })).toBeVisible();
    for (const field of ["lossUsd", "schemaVersion", "reportedLossUsd", "sourceUrls", "frozenOrRecoveredUsd", "reimbursedUsd", "chains", "targetType", "attribution", "disclosureDelayHours", "checkedAt"]) {
      await expect(page.getByRole("rowheader", { name: field, exact: true }).first()).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });
});
