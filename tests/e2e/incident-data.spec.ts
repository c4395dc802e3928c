/**
 * Schema v2 as a reader meets it: the fact box keeps stolen, frozen and reimbursed apart, shows
 * the disclosure delay and who attributed the attack; facets and open data carry the new fields.
 */
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { openDataIncidentsFileSchema } from "@/lib/opendata/schema";

test.describe("incident data v2", () => {
  test("the fact box separates frozen from reimbursed and shows range, delay and attribution", async ({ page }) => {
    await page.goto("/incidents/kucoin-2020");
    const facts = page.getByRole("complementary", { name: "Incident facts" });
    await expect(facts.getByText("Sources range from $275M to $281M")).toBeVisible();
    const frozen = facts.getByRole("term").filter({ hasText: "Frozen or recovered from the attacker" });
    await expect(frozen).toBeVisible();
    await expect(facts.getByText("$236,000,000")).toBeVisible();
    // KuCoin's customers were covered by the exchange; no separate dollar figure was published, so none is shown.
    await expect(facts.getByRole("term").filter({ hasText: "Reimbursed to customers" })).toHaveCount(0);
    await expect(facts.getByText("Customers made whole")).toBeVisible();
    await expect(facts.getByRole("term").filter({ hasText: "Disclosure delay" })).toBeVisible();
    await expect(facts.getByText("First outflow 25 September 2020, 18:51 UTC")).toBeVisible();
    const attribution = facts.getByRole("listitem").filter({ hasText: "Lazarus Group" });
    await expect(attribution.getByRole("link", { name: "Chainalysis" })).toHaveAttribute("href", /^https:\/\//);
    await expect(attribution).toContainText("(analysts' attribution");
    await expect(facts.getByText("Hot wallet")).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a corrected report logs the correction where readers see it", async ({ page }) => {
    await page.goto("/incidents/mt-gox-2014");
    await expect(page.getByText(/Correction: the incident date was the bankruptcy filing/)).toBeVisible();
    const facts = page.getByRole("complementary", { name: "Incident facts" });
    await expect(facts.getByRole("definition").filter({ hasText: "11 September 2011 to 7 February 2014" })).toBeVisible();
  });

  test("linked incidents appear from both ends, before computed ones", async ({ page }) => {
    await page.goto("/incidents/htx-2023");
    const related = page.getByRole("region", { name: "Related incidents" });
    // htx-2023-november links to htx-2023; the link shows on htx-2023 too, first.
    await expect(related.getByRole("article").first().getByRole("link").first()).toHaveAttribute("href", "/incidents/htx-2023-november");
  });

  test("target, chain and attribution facet pages work without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/incidents");
    const facets = page.getByRole("navigation", { name: "Browse incidents by facet" });
    await facets.getByRole("link", { name: /^User accounts/ }).click();
    await expect(page).toHaveURL(/\/incidents\/target\/user-accounts$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Incidents targeting: user accounts");
    await expect(page.getByRole("link", { name: /WOO X loses \$14 million from nine user accounts/ })).toBeVisible();
    await page.goto("/incidents/chain/ethereum");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Incidents on Ethereum");
    await page.goto("/incidents/actor/north-korea");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Incidents attributed to North Korea (Lazarus Group and related units)");
    await expect(page.getByRole("link", { name: /Bybit loses about 401,000 ETH/ })).toBeVisible();
    await context.close();
  });

  test("the explorer filters by chain and target together", async ({ page }) => {
    await page.goto("/incidents");
    const form = page.getByRole("form", { name: "Filter incidents" });
    await form.getByLabel(/^Target/).selectOption("cold-wallet");
    await form.getByLabel(/^Chain/).selectOption("ethereum");
    await expect(page).toHaveURL(/chain=ethereum&target=cold-wallet|target=cold-wallet.*chain=ethereum/);
    const results = page.getByRole("list", { name: "Matching incidents" });
    await expect(results.getByRole("link", { name: /Bybit/ }).first()).toBeVisible();
    await expect(results.getByRole("link", { name: /OKEx denies breach/ })).toHaveCount(0);
  });

  test("/stats charts the disclosure delay and stolen vs frozen vs reimbursed", async ({ page }) => {
    await page.goto("/stats");
    const delay = page.getByRole("figure", { name: "How long exchanges took to disclose" });
    await expect(delay.getByRole("rowheader", { name: "Same day" })).toBeVisible();
    await expect(delay).toContainText(/Median: /);
    const money = page.getByRole("figure", { name: "Stolen, frozen, reimbursed" });
    for (const label of ["Stolen (reported)", "Frozen or recovered", "Reimbursed to customers"]) {
      await expect(money.getByRole("rowheader", { name: label })).toBeVisible();
    }
  });

  test("open data carries the v2 fields and the archive is complete enough to mean something", async ({ request, page }) => {
    const file = openDataIncidentsFileSchema.parse(await (await request.get("/data/incidents.json")).json());
    expect(file.schemaVersion).toBe(2);
    expect(file.count).toBeGreaterThanOrEqual(100);
    const kucoin = file.incidents.find((i) => i.slug === "kucoin-2020");
    expect(kucoin?.frozenOrRecoveredUsd).toBe(236_000_000);
    expect(kucoin?.reimbursedUsd).toBeNull();
    expect(kucoin?.attribution[0]).toMatchObject({ actor: "Lazarus Group", kind: "analyst" });
    expect(kucoin?.disclosureDelayHours).toBeGreaterThan(0);
    const years = new Set(file.incidents.map((i) => (i.incidentDate ?? i.date).slice(0, 4)));
    for (const year of ["2011", "2014", "2018", "2022", "2025"]) expect(years.has(year), year).toBe(true);
    await page.goto("/");
    await expect(page.getByTestId("archive-extent")).toContainText(new RegExp(`holds ${String(file.count)} incident reports from 2011 to 2025`));
  });
});
