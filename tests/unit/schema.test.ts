import { describe, expect, it } from "vitest";
import { checkExchange, checkIncident, formatProblem } from "@/lib/content/validate";
import { readContentDir } from "./content-files";

const exchanges = readContentDir("content/exchanges");
const incidents = readContentDir("content/incidents");
const knownExchanges = new Set(exchanges.map((e) => e.slug));

const valid = {
  title: "Exchange X loses funds",
  date: "2020-01-02",
  summary: "A short summary.",
  status: "confirmed",
  lossUsd: 1000,
  exchanges: ["okex"],
  sources: [{ title: "A source", url: "https://example.com/a" }],
};

function messages(frontmatter: unknown): string[] {
  return checkIncident("content/incidents/fixture.md", frontmatter, knownExchanges).problems.map(formatProblem);
}

describe("real content", () => {
  it("has the OKEx report and at least 12 more incidents", () => {
    expect(incidents.map((i) => i.slug)).toContain("okex-2017");
    expect(incidents.length).toBeGreaterThanOrEqual(13);
  });

  it.each(incidents.map((i) => [i.file, i] as const))("%s is valid", (_file, incident) => {
    expect(checkIncident(incident.file, incident.frontmatter, knownExchanges).problems.map(formatProblem)).toEqual([]);
  });

  it.each(exchanges.map((e) => [e.file, e] as const))("%s is valid", (_file, exchange) => {
    expect(checkExchange(exchange.file, exchange.frontmatter, knownExchanges).problems.map(formatProblem)).toEqual([]);
  });

  it("references every exchange an incident names", () => {
    const referenced = new Set(
      incidents.flatMap((i) => checkIncident(i.file, i.frontmatter, knownExchanges).data?.exchanges ?? []),
    );
    for (const slug of referenced) expect(knownExchanges).toContain(slug);
  });
});

describe("incident schema rejects bad fixtures with a message naming file and field", () => {
  it("accepts the valid fixture", () => {
    expect(messages(valid)).toEqual([]);
  });

  it("missing title", () => {
    const { title: _omit, ...rest } = valid;
    expect(messages(rest)).toEqual(["content/incidents/fixture.md title: is required: the headline of the report"]);
  });

  it("bad status", () => {
    expect(messages({ ...valid, status: "hacked" })).toEqual([
      'content/incidents/fixture.md status: must be one of reported, denied, confirmed, resolved (got "hacked")',
    ]);
  });

  it("negative loss", () => {
    expect(messages({ ...valid, lossUsd: -5 })).toEqual(["content/incidents/fixture.md lossUsd: must not be negative (got -5)"]);
  });

  it("unknown exchange", () => {
    expect(messages({ ...valid, exchanges: ["okex", "mtgox"] })).toEqual([
      'content/incidents/fixture.md exchanges[1]: unknown exchange "mtgox"; did you mean "mt-gox"? (exchanges are the files in content/exchanges/; add mtgox.md there or fix the slug)',
    ]);
  });

  it("malformed date", () => {
    expect(messages({ ...valid, date: "2017-13-45" })).toEqual([
      'content/incidents/fixture.md date: is not a real calendar date (got "2017-13-45")',
    ]);
    expect(messages({ ...valid, date: "Oct 5 2017" })).toEqual([
      'content/incidents/fixture.md date: must be a date written YYYY-MM-DD (got "Oct 5 2017")',
    ]);
  });

  it("summary over 280 characters", () => {
    expect(messages({ ...valid, summary: "x".repeat(281) })).toEqual([
      "content/incidents/fixture.md summary: must be at most 280 characters (got 281)",
    ]);
  });

  it("non-https source and missing sources", () => {
    expect(messages({ ...valid, sources: [{ title: "t", url: "http://example.com" }] })).toEqual([
      'content/incidents/fixture.md sources[0].url: must be an https:// URL (got "http://example.com")',
    ]);
    const { sources: _omit, ...rest } = valid;
    expect(messages(rest)).toEqual(["content/incidents/fixture.md sources: is required: list at least one public source"]);
  });

  it("update dated before publication", () => {
    expect(messages({ ...valid, updates: [{ date: "2019-12-31", note: "n" }] })).toEqual([
      "content/incidents/fixture.md updates[0].date: 2019-12-31 is before the publication date 2020-01-02",
    ]);
  });

  it("accepts YAML Date objects as dates", () => {
    expect(messages({ ...valid, date: new Date("2020-01-02T00:00:00Z") })).toEqual([]);
  });
});

describe("exchange schema", () => {
  it("rejects a malformed ranking snapshot naming the field", () => {
    const problems = checkExchange(
      "content/exchanges/fixture.md",
      { name: "X", website: "https://x.example", country: "Y", rankings: [{ asOf: "2020-01-01", source: "https://s.example", volumeRank: -3 }] },
      knownExchanges,
    ).problems.map(formatProblem);
    expect(problems).toEqual(["content/exchanges/fixture.md rankings[0].volumeRank: must be a positive whole number"]);
  });

  it("requires a successor for renamed exchanges", () => {
    const problems = checkExchange(
      "content/exchanges/fixture.md",
      { name: "X", website: "https://x.example", country: "Y", status: "renamed" },
      knownExchanges,
    ).problems.map(formatProblem);
    expect(problems).toEqual(["content/exchanges/fixture.md successor: is required when status is renamed: the slug of the exchange it became"]);
  });
});
