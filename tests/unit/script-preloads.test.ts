import { describe, expect, it } from "vitest";
import { dropBootstrapScriptPreloads } from "@/lib/security/headers";

describe("bootstrap script preloads", () => {
  it("drops React's low-priority bootstrap preload (the page loads that chunk with <script async> anyway)", () => {
    const html =
      '<head><link rel="preload" href="/f.woff2" as="font" crossorigin="" type="font/woff2"/>' +
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
      '<link rel="preload" as="script" fetchPriority="low" nonce="abc" href="/_next/static/chunks/b.js"/></head>' +
      '<body>é<script src="/_next/static/chunks/a.js" async=""></script></body>';
    expect(dropBootstrapScriptPreloads(html)).toBe(
      '<head><link rel="preload" href="/f.woff2" as="font" crossorigin="" type="font/woff2"/></head><body>é<script src="/_next/static/chunks/a.js" async=""></script></body>',
    );
  });

  it("leaves other preloads and every script alone", () => {
    const html = '<link rel="preload" as="script" href="/x.js"/><script src="/x.js"></script>';
    expect(dropBootstrapScriptPreloads(html)).toBe(html);
  });
});
