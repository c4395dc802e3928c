import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/pipeline";
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import { visit } from "unist-util-visit";
import type { Element } from "hast";
import { BODY_PAYLOADS } from "../xss/support/payloads";

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

describe("renderMarkdown against the XSS corpus", () => {
  it("keeps images to this site and https://, and treats protocol-relative links as external", () => {
    const { html } = renderMarkdown(
      '<img src="//evil.example/a.png"> <img src="/\\evil.example/b.png"> <img src="http://evil.example/c.png"> <img src="data:image/png;base64,AAAA"> <img src="/logo.png"> <img src="https://example.com/d.png">\n\n<a href="//evil.example">x</a>',
    );
    expect(html).not.toMatch(/evil\.example\/[abc]\.png|data:/);
    expect(html).toContain('<img src="/logo.png">');
    expect(html).toContain('<img src="https://example.com/d.png">');
    expect(html).toContain('<a href="//evil.example" rel="noopener noreferrer" target="_blank">x</a>');
  });

  it.each(BODY_PAYLOADS)("renders %j without executable markup", (payload) => {
    // Parsed as a browser would (a "<" inside a quoted attribute is text, not a tag).
    const tree = unified().use(rehypeParse, { fragment: true }).parse(renderMarkdown(payload).html);
    visit(tree, "element", (node: Element) => {
      expect(node.tagName).not.toMatch(/^(script|iframe|object|embed|base|meta|link|style|form|svg|math|template|noscript)$/);
      for (const [name, value] of Object.entries(node.properties)) {
        expect(name).not.toMatch(/^on|^(srcSet|style|srcDoc|formAction|action)$/);
        expect(String(value).replace(/[\u0000-\u0020]/g, "")).not.toMatch(/^(javascript|vbscript|data):/i);
      }
    });
  });
});
