import { describe, expect, it } from "vitest";
import { gzipSync } from "node:zlib";
import { ARTICLE_JS_BUDGET_BYTES, inlineScriptTexts, measureHtml, totalJsGzip } from "../../bench/page-weight";

/** Incompressible-ish text, so gzip cannot make the flight data vanish. */
function noise(bytes: number): string {
  let x = 7;
  let out = "";
  while (out.length < bytes) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += x.toString(36);
  }
  return out.slice(0, bytes);
}

describe("bench page weight (issue 19 article JS budget)", () => {
  const flight = `self.__next_f.push([1,"${noise(8000)}"])`;
  const html = [
    "<!DOCTYPE html><html><head>",
    '<script src="/_next/static/chunks/app.js" async=""></script>',
    '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[]}</script>',
    "</head><body><article>text</article>",
    `<script>${flight}</script>`,
    '<script type="module">document.documentElement.dataset.js = "1"</script>',
    "</body></html>",
  ].join("");

  it("counts inline scripts that run, not JSON-LD or script files", () => {
    expect(inlineScriptTexts(html)).toEqual([flight, 'document.documentElement.dataset.js = "1"']);
  });

  it("adds the inline scripts' gzip to the fetched files' gzip", () => {
    const file = Buffer.from("console.log('enhancement');");
    const weight = measureHtml("article", "incidents/x.html", html, (src) => (src === "/_next/static/chunks/app.js" ? file : undefined));
    expect(weight.scripts).toBe(1);
    expect(weight.jsGzipBytes).toBe(gzipSync(file).length);
    expect(weight.inlineScripts).toBe(2);
    expect(weight.inlineJsGzipBytes).toBeGreaterThan(4000);
    // The page fetches under 100 B of script, yet runs kilobytes of inline flight data: over budget.
    expect(weight.jsGzipBytes).toBeLessThan(100);
    expect(totalJsGzip(weight)).toBeGreaterThan(ARTICLE_JS_BUDGET_BYTES);
  });

  it("a page with only data blocks runs no JavaScript", () => {
    const weight = measureHtml("article", "a.html", '<script type="application/ld+json">{}</script><p>hi</p>', () => undefined);
    expect(totalJsGzip(weight)).toBe(0);
  });
});
