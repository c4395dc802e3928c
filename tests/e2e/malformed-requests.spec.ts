import type { APIRequestContext, APIResponse } from "@playwright/test";
import { test, expect } from "./fixtures";
import { findSubscriber, uniqueAddress } from "./support/newsletter";
import { rawRequest } from "./support/spawned-server";

/**
 * Every route handler refuses malformed input with a 4xx and a message — never a 500 — and stores
 * nothing. Requests ask for JSON, as scripts do; HTML forms get the same checks as redirects to an error page.
 */
// A documentation-range address of its own keeps these refusals out of the other tests' per-IP signup budget.
const JSON_ACCEPT = { Accept: "application/json", "X-Forwarded-For": `198.51.100.${String(1 + Math.floor(Math.random() * 250))}` };
const HANDLERS = ["/api/newsletter/subscribe", "/api/newsletter/confirm", "/api/newsletter/unsubscribe"] as const;

async function expectRefusal(response: APIResponse, status: number | RegExp, what: string): Promise<void> {
  const code = response.status();
  if (typeof status === "number") expect(code, what).toBe(status);
  else expect(String(code), what).toMatch(status);
  const body = (await response.json()) as { ok?: boolean; error?: unknown };
  expect(body.ok, what).toBe(false);
  expect(typeof body.error === "string" && body.error.length > 5, `${what}: has a message (${JSON.stringify(body)})`).toBe(true);
}

function post(request: APIRequestContext, path: string, contentType: string, data: string | Buffer) {
  return request.post(path, { headers: { ...JSON_ACCEPT, "Content-Type": contentType }, data });
}

test.describe("malformed requests to route handlers", () => {
  for (const path of HANDLERS) {
    test(`${path}: wrong methods get 405 with Allow and a message`, async ({ request }) => {
      for (const method of ["PUT", "PATCH", "DELETE", ...(path.endsWith("unsubscribe") ? [] : ["GET"])]) {
        const response = await request.fetch(path, { method, headers: JSON_ACCEPT });
        await expectRefusal(response, 405, `${method} ${path}`);
        expect(response.headers()["allow"], `${method} ${path}`).toContain("POST");
      }
    });

    test(`${path}: bad bodies get 4xx with a message`, async ({ request }) => {
      const email = uniqueAddress("malformed");
      const cases: [string, string, string | Buffer, number | RegExp][] = [
        ["broken JSON", "application/json", `{"email": "${email}", "token": `, 400],
        ["a JSON array", "application/json", `["${email}"]`, 400],
        ["JSON null", "application/json", "null", 400],
        ["an empty body", "application/json", "", 400],
        ["plain text", "text/plain", `email=${email}`, 415],
        ["XML", "application/xml", `<email>${email}</email>`, 415],
        ["a huge body", "application/json", JSON.stringify({ email, token: "t".repeat(200_000) }), 413],
        ["invalid UTF-8", "application/x-www-form-urlencoded", Buffer.from([0x65, 0x6d, 0x61, 0x69, 0x6c, 0x3d, 0xff, 0xfe, 0xc3, 0x28]), /^4\d\d$/],
      ];
      for (const [what, type, data, status] of cases) {
        // The unsubscribe endpoint only sniffs its body (providers send anything): without a token it is a 400.
        const expected = path.endsWith("unsubscribe") && status === 415 ? 400 : status;
        await expectRefusal(await post(request, path, type, data), expected, `${what} → ${path}`);
      }
      expect(await findSubscriber(email)).toBeUndefined();
    });

    test(`${path}: a foreign Origin is refused with 403`, async ({ request }) => {
      const email = uniqueAddress("csrf");
      const response = await request.post(path, {
        headers: { ...JSON_ACCEPT, Origin: "https://evil.example" },
        form: { email, token: "x" },
      });
      await expectRefusal(response, 403, `foreign origin → ${path}`);
      const opaque = await request.post(path, { headers: { ...JSON_ACCEPT, Origin: "null" }, form: { email, token: "x" } });
      await expectRefusal(opaque, 403, `null origin → ${path}`);
      expect(await findSubscriber(email)).toBeUndefined();
    });
  }

  test("subscribe: odd addresses and unicode get 400 and are not stored", async ({ request }) => {
    const addresses = ["", "not-an-address", "a\u0000b@example.com", "\u202egro.elpmaxe@a", "😀@😀", `${"a".repeat(400)}@example.com`, "a@b@example.com", "<script>@example.com"];
    for (const email of addresses) {
      const response = await request.post("/api/newsletter/subscribe", { headers: JSON_ACCEPT, form: { email } });
      await expectRefusal(response, 400, `subscribe ${JSON.stringify(email)}`);
      if (email) expect(await findSubscriber(email)).toBeUndefined();
    }
    const missing = await request.post("/api/newsletter/subscribe", { headers: JSON_ACCEPT, data: { address: "a@example.com" } });
    await expectRefusal(missing, 400, "subscribe without the email field");
  });

  test("confirm and unsubscribe: bad tokens get 4xx with a message", async ({ request }) => {
    const tokens = ["x", "0".repeat(64), "../../etc/passwd", "' OR 1=1 --", "тест-токен-🙂", "%00", "t".repeat(201)];
    for (const token of tokens) {
      await expectRefusal(await request.post("/api/newsletter/confirm", { headers: JSON_ACCEPT, form: { token } }), /^4(00|10)$/, `confirm ${token.slice(0, 20)}`);
      await expectRefusal(await request.post("/api/newsletter/unsubscribe", { headers: JSON_ACCEPT, form: { token } }), 400, `unsubscribe ${token.slice(0, 20)}`);
      await expectRefusal(
        await request.post(`/api/newsletter/unsubscribe?token=${encodeURIComponent(token)}`, {
          headers: { ...JSON_ACCEPT, "Content-Type": "application/x-www-form-urlencoded" },
          data: "List-Unsubscribe=One-Click",
        }),
        400,
        `one-click unsubscribe ${token.slice(0, 20)}`,
      );
    }
    const noToken = await request.post("/api/newsletter/confirm", { headers: JSON_ACCEPT, form: {} });
    await expectRefusal(noToken, 400, "confirm without a token");
  });

  test("HTML forms with bad input are sent to the error page, never a 500, and the address stays out of the URL", async ({ request }) => {
    const response = await request.post("/api/newsletter/subscribe", { headers: { "X-Forwarded-For": JSON_ACCEPT["X-Forwarded-For"] }, form: { email: "not-an-address" }, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers()["location"]).toBe("/newsletter/error?code=invalid-email&reason=no-at");
    expect(response.headers()["set-cookie"]).toMatch(/^bd_signup_retry=[^;]+; Path=\/newsletter\/error; Max-Age=600; HttpOnly; SameSite=Lax/);
  });

  test("the Origin allowlist is SITE_URL's alone: a forged Host header widens nothing", async () => {
    const port = Number(process.env.E2E_PORT ?? 3100);
    for (const path of HANDLERS) {
      const response = await rawRequest({
        port,
        path,
        method: "POST",
        headers: { Host: "evil.example", Origin: "http://evil.example", "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json", "X-Forwarded-For": "198.51.100.251" },
        body: new URLSearchParams({ email: uniqueAddress("host"), token: "x" }).toString(),
      });
      expect(response.status, path).toBe(403);
      expect((JSON.parse(response.body) as { error: string }).error).toMatch(/Cross-site request refused/);
    }
  });

  test("pages, feeds and data files refuse writes with 405 and a message", async ({ request }) => {
    for (const path of ["/", "/incidents/okex-2017", "/tags/phishing/feed.xml", "/feed.xml", "/data/incidents.json", "/newsletter"]) {
      for (const method of ["POST", "PUT", "DELETE"]) {
        const response = await request.fetch(path, { method, headers: { "Content-Type": "application/json" }, data: "{}" });
        await expectRefusal(response, 405, `${method} ${path}`);
        expect(response.headers()["allow"]).toBe("GET, HEAD");
      }
    }
  });
});
