import { describe, expect, it } from "vitest";
import { buildIncidentIndex, pickRelated, type IncidentIndex, type RelatableDoc } from "@/lib/content/queries/related";

type Doc = RelatableDoc;

function indexOf(docs: Doc[]): IncidentIndex<Doc> {
  return buildIncidentIndex([...docs].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug)));
}

const doc = (slug: string, date: string, exchanges: string[], tags: string[]): Doc => ({ slug, date, exchanges, tags });

describe("related incidents", () => {
  const self = doc("okex-2017", "2017-10-04", ["okex"], ["account-takeover", "denied"]);
  const docs = [
    self,
    doc("okex-2020", "2020-10-16", ["okex"], ["withdrawal-freeze"]), // exchange: 2
    doc("okex-2019", "2019-05-01", ["okex"], ["account-takeover"]), // exchange + tag: 3
    doc("bitfinex-2016", "2016-08-02", ["bitfinex"], ["account-takeover", "denied"]), // two tags: 2
    doc("binance-2019", "2019-05-07", ["binance"], ["api-keys"]), // nothing shared
  ];

  it("ranks by overlap (an exchange counts double), then by closeness in time, and leaves out the article itself", () => {
    expect(pickRelated(self, indexOf(docs), 4).map((d) => d.slug)).toEqual(["okex-2019", "bitfinex-2016", "okex-2020"]);
  });

  it("returns at most the requested count", () => {
    expect(pickRelated(self, indexOf(docs), 1).map((d) => d.slug)).toEqual(["okex-2019"]);
  });

  it("reads only a window of each list around the article, so a page costs the same at any archive size", () => {
    // 500 reports share the tag; only the nearest within the window on either side are candidates.
    const many = Array.from({ length: 500 }, (_, i) => doc(`r-${String(i).padStart(3, "0")}`, `2020-01-${String((i % 28) + 1).padStart(2, "0")}`, [], ["phishing"]));
    const target = many[250];
    if (!target) throw new Error("fixture");
    const index = indexOf(many);
    const targetPosition = index.position.get(target.slug) ?? 0;
    const picked = pickRelated(target, index, 500, 10);
    expect(picked).toHaveLength(20);
    for (const d of picked) expect(Math.abs((index.position.get(d.slug) ?? 0) - targetPosition)).toBeLessThanOrEqual(10);
  });
});
