import Database from "better-sqlite3";
import path from "node:path";
import { hashIp } from "@/lib/newsletter/tokens";
import { test, expect } from "./fixtures";
import { rawRequest, signupForm, startServer } from "./support/spawned-server";

/**
 * Attacks on the per-IP limit through X-Forwarded-For, against `next start` with no proxy in front and no
 * TRUST_PROXY — the setup where, before, the header was believed as sent. The server listens dual-stack (::),
 * so IPv4 clients arrive as IPv4-mapped IPv6 (::ffff:127.0.0.2), which must count as plain IPv4.
 * Clients are told apart by their loopback source address (127.0.0.2, 127.0.0.3 …).
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 12;
const SECRET = "e2e-client-ip-secret-0123456789abcdefghij";

function signup(email: string, from: string, forwardedFor?: string) {
  const form = signupForm(email);
  return rawRequest({
    port: PORT,
    path: "/api/newsletter/subscribe",
    method: "POST",
    localAddress: from,
    headers: { ...form.headers, ...(forwardedFor ? { "X-Forwarded-For": forwardedFor } : {}) },
    body: form.body,
  });
}

test("without TRUST_PROXY the socket address is the client: X-Forwarded-For neither escapes the limit nor frames anyone", async () => {
  test.setTimeout(90_000);
  const server = await startServer(PORT, { LISTEN_HOST: "::", NEWSLETTER_IP_LIMIT: "3", NEWSLETTER_ADDRESS_LIMIT: "100", NEWSLETTER_SECRET: SECRET });
  try {
    const run = Date.now().toString(36);
    // An attacker varies X-Forwarded-For on every request: still one client, refused after 3.
    const escaping: number[] = [];
    for (let i = 0; i < 4; i++) escaping.push((await signup(`escape-${run}-${String(i)}@example.com`, "127.0.0.2", `198.51.100.${String(i + 1)}`)).status);
    expect(escaping).toEqual([200, 200, 200, 429]);

    // The attacker names the victim's address in X-Forwarded-For: its own bucket fills, the victim's does not.
    for (let i = 0; i < 4; i++) await signup(`frame-${run}-${String(i)}@example.com`, "127.0.0.3", "127.0.0.4");
    expect((await signup(`victim-${run}@example.com`, "127.0.0.4")).status).toBe(200);

    // The consent record hashes the socket address (IPv4-mapped normalised), not what the header claimed.
    const db = new Database(path.join(server.dataDir, "breachdesk.sqlite"), { readonly: true });
    try {
      const hashes = () =>
        db.prepare("SELECT email_key AS key, consent_ip_hash AS hash FROM subscribers WHERE email_key LIKE ?").all(`escape-${run}-%`) as { key: string; hash: string }[];
      await expect.poll(() => hashes().length, { message: "queued signups applied" }).toBe(3);
      expect(new Set(hashes().map((r) => r.hash))).toEqual(new Set([hashIp("127.0.0.2", SECRET)]));
    } finally {
      db.close();
    }

    // A production start with an http SITE_URL says so, loudly.
    expect(server.output()).toMatch(/WARNING: SITE_URL is http:\/\/127\.0\.0\.1:\d+ \(http\) in production/);
  } finally {
    await server.stop();
  }
});
