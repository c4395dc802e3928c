import { describe, expect, it } from "vitest";
import { feedAlternates, serializeJsonLd } from "@/lib/metadata";
import { tagFeedLink } from "@/lib/feeds/catalog";
import { toCardText } from "@/lib/og";

describe("serializeJsonLd", () => {
  it("cannot close its script tag or open a comment, and still parses to the same data", () => {
    const data = { headline: `</script><script>alert("x")</script> <!-- & \u2028 ok 😀` };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe("feedAlternates", () => {
  it("lists the page's own feed before the site feeds, grouped by type", () => {
    const types = feedAlternates([tagFeedLink("phishing")]);
    expect(Object.keys(types)).toEqual(["application/rss+xml", "application/atom+xml", "application/feed+json"]);
    expect(types["application/rss+xml"]?.map((l) => new URL(l.url).pathname)).toEqual(["/tags/phishing/feed.xml", "/feed.xml"]);
  });
});

describe("toCardText", () => {
  it("keeps Latin text and punctuation, drops glyphs the bundled card font lacks", () => {
    expect(toCardText("Zaif — €60M “hack” 😱 交易所 loss")).toBe("Zaif — €60M “hack” loss");
  });
});
