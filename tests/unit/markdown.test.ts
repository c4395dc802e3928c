import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";

describe("renderMarkdown", () => {
  it("renders GFM tables, footnotes and a table of contents", () => {
    const { html, toc } = renderMarkdown("## First\n\nA[^1]\n\n### Sub part\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: Note.\n");
    expect(html).toContain("<table");
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).toContain('id="user-content-fn-1"');
    expect(toc).toEqual([
      { depth: 2, id: "first", text: "First" },
      { depth: 3, id: "sub-part", text: "Sub part" },
    ]);
  });

  it("strips scripts, event handlers and javascript: links", () => {
    const { html } = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)">\n\n[click](javascript:alert(1)) <a href="javascript:alert(2)">x</a>\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe/i);
  });

  it("opens external links safely and leaves internal ones alone", () => {
    const { html } = renderMarkdown("[ext](https://example.com) [int](/incidents/okex-2017)");
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer" target="_blank">ext</a>');
    expect(html).toContain('<a href="/incidents/okex-2017">int</a>');
  });
});
