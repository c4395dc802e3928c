import { describe, expect, it } from "vitest";
import { checkExchange, checkIncident, formatProblem } from "@/lib/content/pipeline";
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
  sources: [{ title: "A source", url: "https://example.com/a", publisher: "Example" }],
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
    expect(messages({ ...valid, sources: [{ title: "t", url: "http://example.com", publisher: "P" }] })).toEqual([
      'content/incidents/fixture.md sources[0].url: must be an https:// URL (got "http://example.com")',
    ]);
    const { sources: _omit, ...rest } = valid;
    expect(messages(rest)).toEqual(["content/incidents/fixture.md sources: is required: list at least one public source"]);
  });

  it("a source without its publisher", () => {
    expect(messages({ ...valid, sources: [{ title: "t", url: "https://example.com" }] })).toEqual([
      "content/incidents/fixture.md sources[0].publisher: is required: who published the source (outlet, court, exchange)",
    ]);
  });

  it("the retired v1 field recoveredUsd and unknown fields, each named", () => {
    expect(messages({ ...valid, recoveredUsd: 5, lossUSD: 3 })).toEqual([
      "content/incidents/fixture.md recoveredUsd: was split in schema v2: write frozenOrRecoveredUsd for funds taken back from the attacker and reimbursedUsd for what customers got back (see docs/content.md)",
      "content/incidents/fixture.md lossUSD: is not a field of incident reports (docs/content.md lists them)",
    ]);
  });

  it("loss bounds that do not bracket the loss, and a bound without a loss", () => {
    expect(messages({ ...valid, lossUsd: 1000, lossUsdLow: 2000, lossUsdHigh: 500 })).toEqual([
      "content/incidents/fixture.md lossUsdLow: must be at most lossUsd (2000 vs 1000)",
      "content/incidents/fixture.md lossUsdHigh: must be at least lossUsd (500 vs 1000)",
    ]);
    const { lossUsd: _loss, ...noLoss } = valid;
    expect(messages({ ...noLoss, lossUsdHigh: 500 })).toEqual([
      "content/incidents/fixture.md lossUsdHigh: needs lossUsd: give the most widely reported figure as lossUsd",
    ]);
  });

  it("a share goes only with a partial outcome, as a fraction", () => {
    expect(messages({ ...valid, customerOutcome: { result: "partial" } })).toEqual([]);
    expect(messages({ ...valid, customerOutcome: { result: "made-whole", share: 1 } })).toEqual([
      "content/incidents/fixture.md customerOutcome.share: only goes with result: partial (result is made-whole)",
    ]);
    expect(messages({ ...valid, customerOutcome: { result: "partial", share: 60 } })).toEqual([
      "content/incidents/fixture.md customerOutcome.share: must be a fraction from 0 to 1, e.g. 0.6 for 60% (got 60)",
    ]);
  });

  it("unknown chains, target types and attribution kinds name the allowed values", () => {
    const problems = messages({ ...valid, chains: ["etherium"], targetType: "wallet", attribution: [{ actor: "X", by: "Y", kind: "rumour", source: "https://e.example" }] });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^content\/incidents\/fixture.md chains\[0\]: must be one of bitcoin, ethereum, .* \(got "etherium"\)$/);
    expect(problems[1]).toBe('content/incidents/fixture.md targetType: must be one of hot-wallet, cold-wallet, custody-provider, bridge, user-accounts, customer-data, insider-fraud (got "wallet")');
    expect(problems[2]).toBe('content/incidents/fixture.md attribution[0].kind: must be one of official, analyst (got "rumour")');
  });

  it("an acknowledgement before the first outflow, and a malformed time", () => {
    expect(messages({ ...valid, firstOutflowAt: "2025-02-21T14:13Z", acknowledgedAt: "2025-02-21T12:00Z" })).toEqual([
      "content/incidents/fixture.md acknowledgedAt: 2025-02-21T12:00Z is before firstOutflowAt 2025-02-21T14:13Z",
    ]);
    expect(messages({ ...valid, firstOutflowAt: "2025-02-21 14:13" })).toEqual([
      'content/incidents/fixture.md firstOutflowAt: must be a date YYYY-MM-DD or a UTC time YYYY-MM-DDTHH:MMZ (got "2025-02-21 14:13")',
    ]);
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
      { name: "X", website: "https://x.example", country: "Y", checkedAt: "2026-11-20", rankings: [{ asOf: "2020-01-01", source: "https://s.example", volumeRank: -3 }] },
      knownExchanges,
    ).problems.map(formatProblem);
    expect(problems).toEqual(["content/exchanges/fixture.md rankings[0].volumeRank: must be a positive whole number"]);
  });

  it("requires a successor for renamed exchanges", () => {
    const problems = checkExchange(
      "content/exchanges/fixture.md",
      { name: "X", website: "https://x.example", country: "Y", checkedAt: "2026-11-20", status: "renamed" },
      knownExchanges,
    ).problems.map(formatProblem);
    expect(problems).toEqual(["content/exchanges/fixture.md successor: is required when status is renamed: the slug of the exchange it became"]);
  });
});
