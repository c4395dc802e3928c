import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { IncidentCard, type IncidentCardData } from "@/components/incidents/IncidentCard";

const card: IncidentCardData = {
  slug: "example-2019",
  title: "Example exchange loses $230 million in hot-wallet breach",
  date: "2019-05-08",
  incidentDate: "2019-05-07",
  status: "confirmed",
  lossUsd: 230_000_000,
  summary: "Attackers drained the hot wallet.",
  tags: ["hot-wallet", "phishing"],
  exchanges: [
    { slug: "example", name: "Example" },
    { slug: "other", name: "Other Exchange" },
  ],
};

describe("IncidentCard (one card for lists, the explorer, the home page and exchange timelines)", () => {
  it("renders from plain props, without the content store", () => {
    const html = renderToStaticMarkup(createElement(IncidentCard, { incident: card }));
    expect(html).toContain('href="/incidents/example-2019"');
    // The headline never breaks between amount and unit, in every list (the explorer's copy had lost this).
    expect(html).toContain("$230\u00a0million");
    expect(html).toContain('<span><span class="font-semibold">Example</span></span><span>, <span class="font-semibold">Other Exchange</span></span>');
    expect(html).toContain('href="/tags/hot-wallet"');
    expect(html).toMatch(/^<article /);
    expect(html).toContain("<h2 ");
    expect(renderToStaticMarkup(createElement(IncidentCard, { incident: card, headingLevel: 3 }))).toContain("<h3 ");
  });

  it("has a featured variant for the home page's lead report", () => {
    const html = renderToStaticMarkup(createElement(IncidentCard, { incident: card, variant: "featured" }));
    expect(html).toMatch(/^<section aria-labelledby="featured-heading"/);
    expect(html).toContain("Featured report");
    expect(html).toContain("<span>Example, Other Exchange</span>");
    expect(html).not.toContain('aria-label="Tags"');
  });

  it("has a timeline variant dated by when it happened, naming the predecessor it is filed under", () => {
    const html = renderToStaticMarkup(
      createElement(IncidentCard, { incident: { ...card, asExchange: { slug: "old-name", name: "Old Name" } }, variant: "timeline" }),
    );
    expect(html).toContain('<time dateTime="2019-05-07">');
    expect(html).toContain('href="/exchanges/old-name"');
    expect(html).toContain(", 2019");
    expect(html).toContain('<h3 class="mt-1 font-serif text-lg font-bold">');
  });

  it("is the only component that writes card markup, and imports nothing server-only", () => {
    const components = readdirSync(path.join(process.cwd(), "components"), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".tsx"))
      .map((e) => path.relative(process.cwd(), path.join(e.parentPath, e.name)));
    // The card's own frame and its headline link are written once.
    const writers = components.filter((f) => {
      const source = readFileSync(path.join(process.cwd(), f), "utf8");
      return source.includes("border-t border-zinc-300 pt-4") || source.includes('aria-labelledby="featured-heading"');
    });
    expect(writers).toEqual(["components/incidents/IncidentCard.tsx"]);
    const source = readFileSync(path.join(process.cwd(), "components/incidents/IncidentCard.tsx"), "utf8");
    const imports = source.match(/^import .* from "[^"]+";$/gm) ?? [];
    for (const line of imports) {
      if (line.includes('"@/lib/content')) expect(line).toMatch(/^import type /);
      expect(line).not.toMatch(/"@\/lib\/(db|mail|newsletter|content)"/);
    }
  });
});
