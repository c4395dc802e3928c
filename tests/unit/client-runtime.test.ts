import { describe, expect, it } from "vitest";
import { keepsClientRuntime, removeClientRuntime, UnexpectedNextOutputError } from "@/lib/html/client-runtime";

// The shape next build (Turbopack) writes today, cut down: chunk scripts and their preload in the head, the
// bootstrap and Flight data at the end of the body, JSON-LD and our own script in between.
const HEAD =
  '<head><link rel="preload" href="/_next/static/media/f.woff2" as="font" crossorigin="" type="font/woff2"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>' +
  '<script src="/_next/static/chunks/boot.js" async=""></script><script src="/_next/static/chunks/poly.js" noModule=""></script><title>é</title></head>';
const CONTENT = '<body><main><p>Report</p><script type="application/ld+json">{"@type":"NewsArticle"}</script></main><script src="/enhance/abc.js" defer=""></script>';
const RUNTIME =
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\""])</script></body>';
const PAGE = `<!DOCTYPE html><html>${HEAD}${CONTENT}${RUNTIME}</html>`;
const WITHOUT = '<!DOCTYPE html><html><head><link rel="preload" href="/_next/static/media/f.woff2" as="font" crossorigin="" type="font/woff2"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/><title>é</title></head>' +
  `${CONTENT}</body></html>`;

describe("removing Next's client runtime", () => {
  it("removes chunks, their preload, the bootstrap and the Flight data; keeps CSS, fonts, JSON-LD and our script", () => {
    const result = removeClientRuntime(PAGE, "page.html", { requireRuntime: true });
    expect(result.html).toBe(WITHOUT);
    expect(result).toMatchObject({ chunkScripts: 2, inlineScripts: 3, preloads: 1 });
  });

  it("handles the nonce attributes of pages rendered per request", () => {
    const withNonce = PAGE.replace(/<script(?=[ >])(?![^>]*ld\+json)/g, '<script nonce="n0"');
    expect(removeClientRuntime(withNonce, "page", { requireRuntime: true }).html).toBe(WITHOUT.replace("<script src=\"/enhance", '<script nonce="n0" src="/enhance'));
  });

  it("fails on an inline script it does not know, naming the page", () => {
    const swap = PAGE.replace("</main>", '</main><script>$RC("B:0","S:0")</script>');
    expect(() => removeClientRuntime(swap, ".next/server/app/x.html", { requireRuntime: true })).toThrow(UnexpectedNextOutputError);
    expect(() => removeClientRuntime(swap, ".next/server/app/x.html", { requireRuntime: true })).toThrow(/x\.html: an inline script .*\$RC/);
  });

  it("at build, fails on a page without the runtime it expects (Next changed where it puts it)", () => {
    expect(() => removeClientRuntime(WITHOUT, "a.html", { requireRuntime: true })).toThrow(/a\.html: no <script src/);
    const noFlight = PAGE.replace(/<script>\(self[\s\S]*?<\/body>/, "</body>");
    expect(() => removeClientRuntime(noFlight, "b.html", { requireRuntime: true })).toThrow(/b\.html: no self.__next_f/);
  });

  it("per request, passes a page already cleaned at build through unchanged", () => {
    expect(removeClientRuntime(WITHOUT, "GET /x", { requireRuntime: false }).html).toBe(WITHOUT);
  });

  it("keeps React only on the explorer and search", () => {
    expect(keepsClientRuntime("/incidents")).toBe(true);
    expect(keepsClientRuntime("/search/")).toBe(true);
    for (const route of ["/", "/incidents/okex-2017", "/incidents/page/2", "/rankings", "/newsletter/confirm", "/searching"]) expect(keepsClientRuntime(route), route).toBe(false);
  });
});
