import { describe, expect, it } from "vitest";
import Parser from "rss-parser";
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import { toString as hastToString } from "hast-util-to-string";
import { buildAtomFeed, buildJsonFeed, buildRssFeed, type FeedInput } from "@/lib/feeds/build";
import { absolutizeHtml, escapeHtml } from "@/lib/feeds/html";
import { FEED_STYLESHEET, FEED_STYLESHEET_INSTRUCTION } from "@/lib/feeds/stylesheet";
import { lastStoryUpdate, type Incident } from "@/lib/content/model";
import { pngToIco } from "@/lib/ico";
import { browserFeedContentType } from "@/lib/feeds/catalog";
import {
  fixtureChannel,
  fixtureExchangeNames,
  fixtureIncidents,
  HOSTILE_EXCHANGE,
  HOSTILE_SUMMARY,
  HOSTILE_TITLE,
} from "./fixtures/feed-incidents";

const input: FeedInput = { channel: fixtureChannel, incidents: fixtureIncidents, exchangeNames: fixtureExchangeNames };
const permalink = "https://news.example/incidents/hostile-incident";

/** What a reader displays for a field the format defines as HTML: parse it as HTML and take the text. */
function htmlText(html: string): string {
  return hastToString(unified().use(rehypeParse, { fragment: true }).parse(html));
}

type GuidField = { _: string; $: { isPermaLink: string } };
/** keepArray hands back the raw element, attributes included. */
const rssParser = new Parser<Record<string, unknown>, { guidRaw: GuidField[]; "content:encoded": string }>({
  customFields: { item: [["guid", "guidRaw", { keepArray: true }]] },
});

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe("RSS 2.0 feed", () => {
  it("round-trips hostile titles, summaries, authors and categories exactly through a feed parser", async () => {
    const feed = await rssParser.parseString(buildRssFeed(input));
    expect(feed.title).toBe(fixtureChannel.title);
    const [item] = feed.items;
    expect(item?.title).toBe(HOSTILE_TITLE);
    expect(htmlText(item?.content ?? "")).toBe(HOSTILE_SUMMARY);
    expect(item?.creator).toBe(`Zoë O'Brien & 李雷`);
    expect(item?.categories).toEqual(["phishing", "north-korea", HOSTILE_EXCHANGE]);
  });

  it("uses the absolute permalink as a permalink guid, RFC 822 dates, and the channel facts", async () => {
    const xml = buildRssFeed(input);
    const feed = await rssParser.parseString(xml);
    expect(feed.items.map((i) => i.link)).toEqual([permalink, "https://news.example/incidents/plain-incident"]);
    expect(feed.items[0]?.guidRaw).toEqual([{ _: permalink, $: { isPermaLink: "true" } }]);
    for (const item of feed.items) expect(item.pubDate).toMatch(RFC_822);
    expect(feed.items[0]?.pubDate).toBe("Tue, 05 Mar 2024 00:00:00 GMT");
    expect(feed.lastBuildDate).toMatch(RFC_822);
    expect(feed.language).toBe("en");
    expect(feed.image?.url).toBe(fixtureChannel.imageUrl);
    expect(xml).toContain(`<atom:link href="${fixtureChannel.feedUrl}" rel="self" type="application/rss+xml"/>`);
  });

  it("carries the sanitized body in content:encoded with every link absolute and no script", async () => {
    const feed = await rssParser.parseString(buildRssFeed(input));
    const body = feed.items[0]?.["content:encoded"] ?? "";
    expect(body).toContain('href="https://news.example/incidents/older-incident"');
    expect(body).toContain('href="https://news.example/exchanges/bits-bytes"');
    expect(body).toContain(`href="${permalink}#user-content-fn-1"`);
    expect(body).toContain('src="https://news.example/images/chart.png"');
    expect(body).not.toMatch(/<script|onerror|(href|src)="\/(?!\/)|(href|src)="#/i);
    expect(htmlText(body)).toContain(`& "quoted" emphasis 🔥 中文`);
  });
});

describe("Atom 1.0 feed", () => {
  it("round-trips the hostile fixture: type=html fields decode to exactly the editor's text", async () => {
    const feed = await new Parser().parseString(buildAtomFeed(input));
    expect(feed.title).toBe(fixtureChannel.title);
    const [item] = feed.items;
    expect(htmlText(item?.title ?? "")).toBe(HOSTILE_TITLE);
    expect(htmlText((item as { summary?: string } | undefined)?.summary ?? "")).toBe(HOSTILE_SUMMARY);
    expect(item?.id).toBe(permalink);
    expect(item?.link).toBe(permalink);
    expect(item?.content).toContain(`href="${permalink}#user-content-fn-1"`);
    expect(item?.content).not.toMatch(/<script/i);
  });

  it("writes RFC 3339 dates: updated from the updates log, published from the date", () => {
    const xml = buildAtomFeed(input);
    const dates = [...xml.matchAll(/<(updated|published)>([^<]+)<\/\1>/g)].map((m) => m[2] ?? "");
    expect(dates.length).toBe(1 + 2 * fixtureIncidents.length);
    for (const d of dates) expect(d).toMatch(RFC_3339);
    expect(xml).toContain("<updated>2024-03-09T00:00:00.000Z</updated>");
    expect(xml).toContain("<published>2024-03-05T00:00:00.000Z</published>");
  });
});

describe("CDATA in feed bodies", () => {
  it('a "]]>" in an article cannot end the CDATA section early, in Atom or RSS', async () => {
    const [first, ...rest] = fixtureIncidents;
    if (!first) throw new Error("fixture has no incidents");
    const breakout = { ...first, html: '<p>a ]]><script xmlns="http://www.w3.org/1999/xhtml">alert(1)</script> b</p>' };
    const hostile: FeedInput = { ...input, incidents: [breakout, ...rest] };
    for (const xml of [buildAtomFeed(hostile), buildRssFeed(hostile)]) {
      expect(xml).not.toMatch(/\]\]><script/);
      expect(xml).toContain("a ]]&gt;<script");
      await expect(new Parser().parseString(xml)).resolves.toBeDefined();
    }
  });
});

describe("Atom category attributes", () => {
  it('an exchange name with "<" and ">" stays well-formed and round-trips', () => {
    const name = 'Exchange "><img src=x onerror=alert(1)>';
    const xml = buildAtomFeed({ ...input, exchangeNames: new Map([...fixtureExchangeNames].map(([slug]) => [slug, name])) });
    const categories = [...xml.matchAll(/<category[^\n]*\/>/g)].map((m) => m[0]);
    expect(categories.some((c) => c.includes('label="Exchange &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"'))).toBe(true);
    for (const c of categories) expect(c.slice(1, -2)).not.toMatch(/[<>]/);
  });
});

describe("RSS channel description", () => {
  it("is escaped HTML, so an exchange name with markup stays text in a reader", async () => {
    const channel = { ...fixtureChannel, description: 'Incidents at Exchange "><img src=x onerror=alert(1)>' };
    const feed = await new Parser().parseString(buildRssFeed({ ...input, channel }));
    expect(feed.description).toBe('Incidents at Exchange &quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(htmlText(feed.description ?? "")).toBe(channel.description);
  });
});

describe("JSON Feed 1.1", () => {
  it("is JSON Feed 1.1 and round-trips the hostile fixture as plain text", () => {
    const feed = JSON.parse(buildJsonFeed(input)) as {
      version: string;
      title: string;
      language: string;
      feed_url: string;
      authors: { name: string }[];
      items: { id: string; url: string; title: string; summary: string; content_html: string; tags: string[]; authors: { name: string }[]; date_published: string; date_modified: string }[];
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.title).toBe(fixtureChannel.title);
    expect(feed.language).toBe("en");
    expect(feed.feed_url).toBe(fixtureChannel.feedUrl);
    expect(feed.authors).toEqual([{ name: "Desk", url: "https://news.example" }]);
    const [item] = feed.items;
    expect(item?.title).toBe(HOSTILE_TITLE);
    expect(item?.summary).toBe(HOSTILE_SUMMARY);
    expect(item?.id).toBe(permalink);
    expect(item?.url).toBe(permalink);
    expect(item?.authors).toEqual([{ name: `Zoë O'Brien & 李雷` }]);
    expect(item?.tags).toEqual(["phishing", "north-korea", HOSTILE_EXCHANGE]);
    expect(item?.date_published).toBe("2024-03-05T00:00:00.000Z");
    expect(item?.date_modified).toBe("2024-03-09T00:00:00.000Z");
    expect(item?.content_html).not.toMatch(/<script/i);
  });
});

describe("feed HTML helpers", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("makes relative links absolute and leaves absolute and mailto links alone", () => {
    const html = absolutizeHtml(
      '<a href="/a">a</a><a href="b">b</a><a href="#c">c</a><a href="https://other.example/d">d</a><a href="mailto:x@y.example">m</a><img src="/i.png" alt="">',
      "https://news.example/incidents/x",
    );
    expect(html).toBe(
      '<a href="https://news.example/a">a</a><a href="https://news.example/incidents/b">b</a><a href="https://news.example/incidents/x#c">c</a><a href="https://other.example/d">d</a><a href="mailto:x@y.example">m</a><img src="https://news.example/i.png" alt="">',
    );
  });
});

describe("what a feed item carries", () => {
  const reported: Incident = {
    ...(fixtureIncidents[0] as Incident),
    status: "denied",
    lossUsd: 3_000_000,
    lossUsdLow: 2_500_000,
    sources: [
      { title: `CCN & "friends" <report>`, url: "https://example.com/a?x=1&y=2", publisher: "CCN", date: "2017-10-03" },
      { title: "Undated", url: "https://example.org/b" },
    ],
    updates: [
      { date: "2017-10-05", note: "OKEx repeats <denial> & more.", status: "denied", kind: "update" },
      { date: "2026-11-25", note: "Archive note: the date is approximate.", kind: "editorial" },
      { date: "2018-01-02", note: "The figure was $3 million, not $30 million.", kind: "correction" },
    ],
  };
  const items = async () => {
    const one: FeedInput = { ...input, incidents: [reported] };
    const rss = (await rssParser.parseString(buildRssFeed(one))).items[0]?.["content:encoded"] ?? "";
    const atom = (await new Parser().parseString(buildAtomFeed(one))).items[0]?.content ?? "";
    const json = (JSON.parse(buildJsonFeed(one)) as { items: { content_html: string }[] }).items[0]?.content_html ?? "";
    return [rss, atom, json];
  };

  it("status, reported loss, sources (publisher, date, link) and the corrections log, in every format", async () => {
    for (const body of await items()) {
      const text = htmlText(body);
      expect(text).toContain("Status: Denied — Users report losses, but the exchange denies that it was breached.");
      expect(text).toContain("Reported loss: $3,000,000 (sources range from $2,500,000 to $3,000,000)");
      expect(body).toContain('<a href="https://example.com/a?x=1&amp;y=2">CCN &amp; &quot;friends&quot; &lt;report&gt;</a>, CCN, 3 October 2017');
      expect(text).toContain("Undated");
      expect(text).toContain("Updates and corrections");
      // Newest first, each with its kind, the status change named, and editors' text kept as text.
      const log = text.slice(text.indexOf("Updates and corrections"));
      expect(log).toMatch(/Editor's note 25 November 2026: Archive note[\s\S]*Corrected 2 January 2018: The figure[\s\S]*Updated 5 October 2017: OKEx repeats <denial> & more\. \(status: Denied\)/);
      expect(body).not.toContain("<denial>");
    }
  });

  it('says "Loss unknown" rather than $0 when no figure is known, and has no log without updates', async () => {
    const unknown: Incident = { ...reported, lossUsd: undefined, lossUsdLow: undefined, updates: [] };
    const rss = await rssParser.parseString(buildRssFeed({ ...input, incidents: [unknown] }));
    const text = htmlText(rss.items[0]?.["content:encoded"] ?? "");
    expect(text).toContain("Reported loss: Loss unknown");
    expect(text).not.toContain("$0");
    expect(text).not.toContain("Updates and corrections");
  });
});

describe("the modified date follows real updates only", () => {
  it("ignores editorial notes: a 2017 story with a 2026 archive note was last updated in 2017", () => {
    const updates = [
      { date: "2017-10-05", kind: "update" },
      { date: "2026-11-25", kind: "editorial" },
    ];
    expect(lastStoryUpdate({ date: "2017-10-04", updates })).toBe("2017-10-05");
    expect(lastStoryUpdate({ date: "2017-10-04", updates: [{ date: "2026-11-25", kind: "editorial" }] })).toBe("2017-10-04");
    expect(lastStoryUpdate({ date: "2017-10-04", updates: [...updates, { date: "2019-01-01", kind: "correction" }] })).toBe("2019-01-01");
  });
});

describe("feeds in a browser", () => {
  it("RSS and Atom point at the XSLT stylesheet right after the XML declaration; the stylesheet is well-formed", async () => {
    for (const xml of [buildRssFeed(input), buildAtomFeed(input)]) {
      const [declaration, instruction] = xml.split("\n");
      expect(declaration).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>$/i);
      expect(instruction).toBe(FEED_STYLESHEET_INSTRUCTION);
      await expect(new Parser().parseString(xml)).resolves.toBeDefined();
    }
    expect(FEED_STYLESHEET_INSTRUCTION).toBe('<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>');
    const tree = unified().use(rehypeParse, { fragment: true }).parse(FEED_STYLESHEET);
    expect(tree.children.length).toBeGreaterThan(0);
    expect(FEED_STYLESHEET).toContain('href="/feeds"');
  });
});

describe("feed type for a browser tab", () => {
  it("labels RSS and Atom as XML only when a browser opens them as a page, so the stylesheet applies", () => {
    for (const path of ["/feed.xml", "/atom.xml", "/tags/phishing/feed.xml", "/exchanges/okex/feed.xml"]) {
      expect(browserFeedContentType(path, "document")).toBe("application/xml; charset=utf-8");
      expect(browserFeedContentType(path, null)).toBeUndefined();
      expect(browserFeedContentType(path, "empty")).toBeUndefined();
    }
    expect(browserFeedContentType("/feed.json", "document")).toBeUndefined();
    expect(browserFeedContentType("/sitemap.xml", "document")).toBeUndefined();
  });
});

describe("favicon.ico", () => {
  it("wraps a PNG in a one-image ICO header", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    const ico = pngToIco(png, 32);
    expect([...ico.slice(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
    expect(ico[6]).toBe(32);
    expect(ico[7]).toBe(32);
    const view = new DataView(ico.buffer);
    expect(view.getUint32(14, true)).toBe(png.byteLength);
    expect(view.getUint32(18, true)).toBe(22);
    expect([...ico.slice(22)]).toEqual([...png]);
    expect(() => pngToIco(png, 300)).toThrow(RangeError);
  });
});
