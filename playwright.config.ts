import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${String(PORT)}`;

/**
 * Newsletter tests: a fresh SQLite database and a real SMTP capture server per run. The run directory is
 * created once in the runner and inherited by the workers through the environment.
 */
const RUN_DIR = (process.env.E2E_RUN_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "breachdesk-e2e-")));
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 4000 + (PORT % 100) * 10 + 25);

/**
 * The XSS test site: the same code built from tests/fixtures/xss/content in a private copy under the run
 * directory, served on its own port. E2E_SKIP_XSS_SITE=1 leaves it out when iterating on other specs.
 */
const XSS_PORT = Number(process.env.E2E_XSS_PORT ?? 4300);
const xssURL = `http://127.0.0.1:${String(XSS_PORT)}`;
const XSS_SITE = path.join(RUN_DIR, "xss-site");
const withXssSite = process.env.E2E_SKIP_XSS_SITE !== "1";

/** Debian's Chromium: Playwright cannot download its own browsers on this network. */
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
    ...(withXssSite
      ? [{ name: "xss", testDir: "tests/xss", use: { ...devices["Desktop Chrome"], launchOptions: chromium, baseURL: xssURL } }]
      : []),
  ],
  webServer: [
    {
      command: "npx tsx tests/e2e/support/smtp-capture.ts",
      port: SMTP_PORT,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { MAIL_CAPTURE_DIR: path.join(RUN_DIR, "mail"), SMTP_CAPTURE_PORT: String(SMTP_PORT) },
    },
    {
      // The production build plus search index and CSP hashes, served exactly as `npm start` serves it.
      command: `npm run build && npx next start -H 127.0.0.1 -p ${String(PORT)}`,
      url: baseURL,
      timeout: 600_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        SITE_URL: baseURL,
        DATA_DIR: path.join(RUN_DIR, "data"),
        DATABASE_URL: "",
        SMTP_URL: `smtp://127.0.0.1:${String(SMTP_PORT)}`,
        MAIL_FROM: "Breachdesk <newsletter@breachdesk.test>",
        NEWSLETTER_IP_LIMIT: "20",
        NEWSLETTER_ADDRESS_LIMIT: "3",
        // Most tests sign up @example.com addresses from many pretend clients; the caps have their own tests.
        NEWSLETTER_DOMAIN_LIMIT: "100000",
        NEWSLETTER_GLOBAL_LIMIT: "100000",
        // As behind a reverse proxy on the same box: the tests name their pretend clients in X-Forwarded-For.
        // tests/e2e/client-ip.spec.ts starts a server without TRUST_PROXY for the attacks on that header.
        TRUST_PROXY: "loopback",
        OUTBOX_POLL_SECONDS: "1",
      },
    },
    ...(withXssSite
      ? [
          {
            // Built after the main site has started (web servers start in order), so the two builds never share the 2 cores.
            command: `npx tsx tests/xss/support/build-fixture-site.ts tests/fixtures/xss/content ${XSS_SITE} && cd ${XSS_SITE} && npx next start -H 127.0.0.1 -p ${String(XSS_PORT)}`,
            url: xssURL,
            timeout: 600_000,
            reuseExistingServer: false,
            stdout: "pipe" as const,
            env: { NEXT_TELEMETRY_DISABLED: "1", SITE_URL: xssURL, DATA_DIR: path.join(RUN_DIR, "xss-data"), DATABASE_URL: "", SMTP_URL: "" },
          },
        ]
      : []),
  ],
});
