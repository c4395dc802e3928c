import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { handleAtFrontDoor, screenRequest } from "@/lib/http/front-door";
import { baseSecurityHeaders } from "@/lib/security/headers";

describe("front door screening", () => {
  it("refuses malformed percent-encoding in the path with 400, leaves the query to the page", () => {
    for (const url of ["/incidents/%ff", "/incidents/%", "/incidents/%zz", "/incidents/%E9", "/tags/%c3%28/feed.xml", "/%"]) {
      expect(screenRequest("GET", url)?.status, url).toBe(400);
    }
    for (const url of ["/incidents/okex-2017", "/incidents/caf%C3%A9", "/search?q=%ff", "/"]) expect(screenRequest("GET", url), url).toBeUndefined();
    expect(screenRequest("GET", "http://127.0.0.1:3000/incidents/%ff")?.status).toBe(400);
  });

  it("answers methods Next cannot handle with 405 and one Allow list", () => {
    expect(screenRequest("TRACE", "/")).toMatchObject({ status: 405, allow: "GET, HEAD" });
    expect(screenRequest("TRACE", "/api/newsletter/subscribe")).toMatchObject({ status: 405, allow: "POST" });
    expect(screenRequest("OPTIONS", "/api/newsletter/unsubscribe")).toMatchObject({ status: 405, allow: "GET, HEAD, POST" });
    expect(screenRequest("POST", "/_next/static/chunks/app.js")).toMatchObject({ status: 405, allow: "GET, HEAD" });
    expect(screenRequest("POST", "/api/newsletter/subscribe")).toBeUndefined();
    expect(screenRequest("GET", "/_next/static/chunks/app.js")).toBeUndefined();
    // Pages refuse writes in proxy.ts, with the page's own policy.
    expect(screenRequest("POST", "/incidents/okex-2017")).toBeUndefined();
  });
});

describe("base security headers", () => {
  it("next.config.mjs sets the same list the front door fills in", async () => {
    process.env.CONTENT_PREBUILT = "1";
    const file = pathToFileURL(path.resolve("next.config.mjs")).href;
    const loaded: unknown = await import(file);
    const config = (loaded as { default: { headers: () => Promise<{ source: string; headers: { key: string; value: string }[] }[]> } }).default;
    const all = (await config.headers()).find((h) => h.source === "/:path*");
    expect(all?.headers.map((h) => [h.key, h.value])).toEqual(baseSecurityHeaders(process.env.NODE_ENV === "production"));
  });
});

describe("bootstrap-script preload in streamed HTML", () => {
  const PRELOAD = '<link rel="preload" as="script" fetchPriority="low" nonce="n0" href="/_next/static/chunks/boot.js"/>';

  async function serve(handler: (res: http.ServerResponse) => void): Promise<string> {
    const server = http.createServer((req, res) => {
      if (handleAtFrontDoor(req, res, false)) return;
      handler(res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      return await (await fetch(`http://127.0.0.1:${String(port)}/newsletter/error`)).text();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  it("is dropped as the page streams, also under a wrapper installed later (as Next's compression is)", async () => {
    const body = await serve((res) => {
      // What compression does: keep the method it finds for its own output, install its own on top.
      const below = res.write as (chunk: Uint8Array) => boolean;
      res.write = function (this: http.ServerResponse, chunk: Uint8Array) {
        return below.call(this, chunk);
      } as typeof res.write;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.write(Buffer.from(`<head>${PRELOAD}<title>é</title></head>`));
      res.end(Buffer.from('<body><script src="/_next/static/chunks/boot.js" async=""></script></body>'));
    });
    expect(body).toBe('<head><title>é</title></head><body><script src="/_next/static/chunks/boot.js" async=""></script></body>');
  });

  it("leaves other content types and fixed-length bodies alone", async () => {
    const json = await serve((res) => {
      res.setHeader("Content-Type", "application/json");
      res.end(Buffer.from(JSON.stringify({ html: PRELOAD })));
    });
    expect(json).toContain("fetchPriority");
    const fixed = await serve((res) => {
      const html = Buffer.from(`<head>${PRELOAD}</head>`);
      res.setHeader("Content-Type", "text/html");
      res.setHeader("Content-Length", html.byteLength);
      res.end(html);
    });
    expect(fixed).toBe(`<head>${PRELOAD}</head>`);
  });
});
