import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import compression from "next/dist/compiled/compression";
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

describe("client runtime in HTML rendered per request", () => {
  const NONCE = ' nonce="n0"';
  const RUNTIME_HEAD = `<script src="/_next/static/chunks/boot.js" async=""${NONCE}></script><link rel="preload" as="script" fetchPriority="low"${NONCE} href="/_next/static/chunks/boot.js"/>`;
  const FLIGHT = `<script${NONCE}>(self.__next_f=self.__next_f||[]).push([0])</script><script${NONCE}>self.__next_f.push([1,"0:[]"])</script>`;
  const OWN = '<script src="/enhance/x.js" defer=""></script>';

  async function serve(pathname: string, handler: (res: http.ServerResponse) => void, headers: Record<string, string> = {}): Promise<string> {
    const compress = compression();
    const server = http.createServer((req, res) => {
      if (handleAtFrontDoor(req, res, false)) return;
      // As in next start: Next's gzip installs its write/end above the front door's.
      compress(req, res, () => handler(res));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      return await (await fetch(`http://127.0.0.1:${String(port)}${pathname}`, { headers })).text();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  const page = (res: http.ServerResponse) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.flushHeaders();
    res.write(Buffer.from(`<html><head>${RUNTIME_HEAD}<title>é</title></head>`));
    // A tag split across two chunks, as a stream may deliver it.
    res.write(Buffer.from(`<body><p>Confirm</p>${OWN}<scr`));
    res.end(Buffer.from(`ipt${NONCE}>self.__next_f.push([1,"1:[]"])</script>${FLIGHT}</body></html>`));
  };

  it("a content page loses it, gzip or not, and keeps its own script", async () => {
    for (const encoding of ["identity", "gzip"]) {
      const body = await serve("/newsletter/error?code=x", page, { "Accept-Encoding": encoding });
      expect(body, encoding).toBe(`<html><head><title>é</title></head><body><p>Confirm</p>${OWN}</body></html>`);
    }
  });

  it("a page that keeps React only loses the bootstrap preload", async () => {
    const body = await serve("/search", page, { "Accept-Encoding": "gzip" });
    expect(body).toContain('<script src="/_next/static/chunks/boot.js"');
    expect(body).toContain("self.__next_f");
    expect(body).not.toContain('rel="preload" as="script"');
  });

  it("leaves other content types and fixed-length bodies alone", async () => {
    const json = await serve("/newsletter/error", (res) => {
      res.setHeader("Content-Type", "application/json");
      res.end(Buffer.from(JSON.stringify({ html: RUNTIME_HEAD })));
    });
    expect(json).toContain("fetchPriority");
    const fixed = await serve("/newsletter/error", (res) => {
      const html = Buffer.from(`<head>${RUNTIME_HEAD}</head>`);
      res.setHeader("Content-Type", "text/html");
      res.setHeader("Content-Length", html.byteLength);
      res.end(html);
    });
    expect(fixed).toBe(`<head>${RUNTIME_HEAD}</head>`);
  });
});
