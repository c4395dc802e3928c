import { describe, expect, it } from "vitest";
import { checkExchange, checkIncident, formatProblem, buildContentIndex, checkExchangeFile } from "@/lib/content/pipeline";
import { readContentDir } from "./content-files";

const exchanges = readContentDir("content/exchanges");
const incidents = readContentDir("content/incidents");
const known = new Set(exchanges.map((e) => e.slug));

const validExchange = {
  name: "Example",
  website: "https://example.com",
  country: "Malta",
  status: "active",
  checkedAt: "2026-11-20",
  rankings: [{ asOf: "2017-10-01", source: "https://example.com/ranks", volumeRank: 16, btcVolumeRank: 6 }],
};

const exchangeProblems = (frontmatter: unknown, file = "content/exchanges/example.md") =>
  checkExchange(file, frontmatter, known).problems.map(formatProblem);

describe("exchange data", () => {
  it("covers at least 20 exchanges, including every one an incident names", () => {
    expect(exchanges.length).toBeGreaterThanOrEqual(20);
    const named = incidents.flatMap((i) => checkIncident(i.file, i.frontmatter, known).data?.exchanges ?? []);
    for (const slug of named) expect(known.has(slug), `content/exchanges/${slug}.md`).toBe(true);
  });

  it("keeps the seed's autumn-2017 ranks for OKCoin and OKEx", () => {
    const okcoin = checkExchange("content/exchanges/okcoin.md", exchanges.find((e) => e.slug === "okcoin")?.frontmatter, known).data;
    const okex = checkExchange("content/exchanges/okex.md", exchanges.find((e) => e.slug === "okex")?.frontmatter, known).data;
    expect(okcoin?.rankings).toContainEqual(expect.objectContaining({ asOf: "2017-10-01", volumeRank: 16, btcVolumeRank: 6 }));
    expect(okex?.rankings).toContainEqual(expect.objectContaining({ asOf: "2017-10-01", volumeRank: 46 }));
    expect(okex?.relations).toContainEqual({ slug: "okcoin", kind: "sister" });
    expect(okex?.successor).toBe("okx");
  });
});

describe("lineage reads the same from both ends", () => {
  const index = (files: Record<string, unknown>) =>
    buildContentIndex({
      today: "2026-12-01",
      exchangeSlugs: Object.keys(files),
      exchanges: Object.entries(files).map(([slug, data]) => ({ slug, data })),
      incidents: [],
      publicFileExists: () => false,
    });
  const yaml = (data: Record<string, unknown>) => `---\n${JSON.stringify(data)}\n---\nBody.\n`;
  const lineage = (files: Record<string, Record<string, unknown>>, slug: string) =>
    checkExchangeFile(`content/exchanges/${slug}.md`, yaml(files[slug] ?? {}), index(files)).problems.map(formatProblem);

  it("refuses a successor that is also a sister (OKCoin → OKX), from either file", () => {
    const files = {
      okcoin: { ...validExchange, status: "merged", successor: "okx", relations: [{ slug: "okx", kind: "sister" }] },
      okx: { ...validExchange, relations: [{ slug: "okcoin", kind: "sister" }] },
    };
    expect(lineage(files, "okcoin")).toEqual([
      'content/exchanges/okcoin.md:2 relations[0]: "okx" is already this exchange\'s successor; drop the sister relation (one relation per pair)',
    ]);
    expect(lineage(files, "okx")).toEqual([
      'content/exchanges/okx.md:2 relations[0]: okcoin.md names "okx" as its successor, so it cannot also be its sister; drop this relation',
    ]);
  });

  it("refuses relations that contradict each other, and successor loops", () => {
    const files = {
      a: { ...validExchange, relations: [{ slug: "b", kind: "parent" }] },
      b: { ...validExchange, relations: [{ slug: "a", kind: "sister" }] },
      c: { ...validExchange, status: "renamed", successor: "d" },
      d: { ...validExchange, status: "renamed", successor: "c" },
    };
    expect(lineage(files, "a")).toEqual([
      'content/exchanges/a.md:2 relations[0]: contradicts b.md, which calls "a" its sister; a parent is answered by "subsidiary"',
    ]);
    expect(lineage(files, "c")).toEqual(["content/exchanges/c.md:2 successor: successor chain loops: c → d → c"]);
  });

  it("accepts a relation stated from both ends consistently", () => {
    const files = { a: { ...validExchange, relations: [{ slug: "b", kind: "parent" }] }, b: { ...validExchange, relations: [{ slug: "a", kind: "subsidiary" }] } };
    expect(lineage(files, "a")).toEqual([]);
    expect(lineage(files, "b")).toEqual([]);
  });
});

describe("bad data fails with the file and field named", () => {
  it("accepts the valid fixture", () => {
    expect(exchangeProblems(validExchange)).toEqual([]);
  });

  it("an incident referencing an unknown exchange slug", () => {
    const incident = {
      title: "T",
      date: "2020-01-02",
      summary: "S",
      status: "reported",
      exchanges: ["okex", "mtgox"],
      sources: [{ title: "A", url: "https://example.com/a", publisher: "Example" }],
    };
    expect(checkIncident("content/incidents/fixture.md", incident, known).problems.map(formatProblem)).toEqual([
      'content/incidents/fixture.md exchanges[1]: unknown exchange "mtgox"; did you mean "mt-gox"? (exchanges are the files in content/exchanges/; add mtgox.md there or fix the slug)',
    ]);
  });

  it("a snapshot with a rank written as text", () => {
    expect(exchangeProblems({ ...validExchange, rankings: [{ asOf: "2017-10-01", source: "https://a.example", volumeRank: "46th" }] })).toEqual([
      'content/exchanges/example.md rankings[0].volumeRank: must be a whole number like 16 (got "46th")',
    ]);
  });

  it("a snapshot without a rank, date or https source", () => {
    expect(exchangeProblems({ ...validExchange, rankings: [validExchange.rankings[0], { asOf: "autumn 2017", source: "http://a.example" }] })).toEqual([
      'content/exchanges/example.md rankings[1].asOf: must be a date written YYYY-MM-DD (got "autumn 2017")',
      'content/exchanges/example.md rankings[1].source: must be an https:// URL (got "http://a.example")',
      "content/exchanges/example.md rankings[1].volumeRank: is required: a position like 16",
    ]);
  });

  it("a fractional or zero rank", () => {
    expect(
      exchangeProblems({ ...validExchange, rankings: [{ asOf: "2017-10-01", source: "https://a.example", volumeRank: 0, btcVolumeRank: 1.5 }] }),
    ).toEqual([
      "content/exchanges/example.md rankings[0].volumeRank: must be a positive whole number",
      "content/exchanges/example.md rankings[0].btcVolumeRank: must be a whole number like 16 (got 1.5)",
    ]);
  });

  it("rankings that are not a list", () => {
    expect(exchangeProblems({ ...validExchange, rankings: { asOf: "2017-10-01" } })).toEqual([
      "content/exchanges/example.md rankings: must be a list of snapshots, each { asOf, source, volumeRank }",
    ]);
  });

  it("the same snapshot twice", () => {
    expect(exchangeProblems({ ...validExchange, rankings: [validExchange.rankings[0], { ...validExchange.rankings[0], volumeRank: 17 }] })).toEqual([
      "content/exchanges/example.md rankings[1]: repeats rankings[0] (same asOf 2017-10-01 and source); merge them into one snapshot",
    ]);
  });

  it("a security fact with a malformed date or source", () => {
    expect(exchangeProblems({ ...validExchange, security: { bugBounty: { value: "maybe", asOf: "2020", source: "ftp://x" } } })).toEqual([
      'content/exchanges/example.md security.bugBounty.value: must be one of yes, no, unknown (got "maybe")',
      'content/exchanges/example.md security.bugBounty.source: must be an https:// URL (got "ftp://x")',
      'content/exchanges/example.md security.bugBounty.asOf: must be a date written YYYY-MM-DD (got "2020")',
    ]);
  });

  it("an exchange related to itself or its own successor", () => {
    expect(
      exchangeProblems({ ...validExchange, status: "renamed", successor: "okex", relations: [{ slug: "okex", kind: "sister" }] }, "content/exchanges/okex.md"),
    ).toEqual([
      'content/exchanges/okex.md successor: "okex" cannot be its own successor',
      'content/exchanges/okex.md relations[0].slug: "okex" cannot be related to itself',
    ]);
  });

  it("an unknown sister exchange or successor", () => {
    expect(exchangeProblems({ ...validExchange, status: "merged", successor: "okz", relations: [{ slug: "okcoins", kind: "sister" }] })).toEqual([
      'content/exchanges/example.md successor: unknown exchange "okz"; did you mean "okx"? (no content/exchanges/okz.md)',
      'content/exchanges/example.md relations[0].slug: unknown exchange "okcoins"; did you mean "okcoin"? (no content/exchanges/okcoins.md)',
    ]);
  });
});
