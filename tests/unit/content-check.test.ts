import { describe, expect, it } from "vitest";
import { checkContentTree, formatTreeCheck, duplicateSlugProblems, parseContentFile, formatProblem } from "@/lib/content/pipeline";
import { closestMatch, editDistance, isNearDuplicate } from "@/lib/edit-distance";

const FIXTURES = "tests/fixtures/content-check";

function report(today: string): string[] {
  const result = checkContentTree({ contentDir: `${FIXTURES}/content`, publicDir: `${FIXTURES}/public`, today });
  return formatTreeCheck(result).map((line) => line.replace(`${FIXTURES}/`, ""));
}

describe("content:check on tests/fixtures/content-check", () => {
  it("lists every problem of every fixture, one line each, then notices and a summary", () => {
    expect(report("2026-01-01")).toEqual([
      "content/exchanges/renamed-exchange.md:3 website: must be an https:// URL (got \"http://renamed.example\")",
      "content/exchanges/renamed-exchange.md:7 successor: unknown exchange \"okx\"; did you mean \"okex\"? (no content/exchanges/okx.md)",
      "content/exchanges/renamed-exchange.md:9 relations[0].slug: unknown exchange \"mtgox\"; did you mean \"mt-gox\"? (no content/exchanges/mtgox.md)",
      "content/exchanges/renamed-exchange.md:12 rankings[0].asOf: 2999-01-01 is in the future (today is 2026-01-01)",
      "content/exchanges/renamed-exchange.md:17 body: link /incidents/missing-2020 does not resolve: no content/incidents/missing-2020.md",
      "content/incidents/Bad_Name.md:1 (file name): \"Bad_Name\" is not a URL slug; rename the file to bad-name.md (lowercase letters, digits and hyphens)",
      "content/incidents/bad-body.md:14 body: link /incidents/good-2021 does not resolve: no content/incidents/good-2021.md; did you mean /incidents/good-2020?",
      "content/incidents/bad-body.md:14 body: link /incidents/draft-2020 points to a draft report that the production build leaves out",
      "content/incidents/bad-body.md:15 body: link /incidents/scheduled-2999 points to a scheduled report that the production build leaves out",
      "content/incidents/bad-body.md:15 body: link /exchanges/okx does not resolve: no content/exchanges/okx.md; did you mean /exchanges/okex?",
      "content/incidents/bad-body.md:16 body: link http://example.com/page must use https://",
      "content/incidents/bad-body.md:16 body: link /tags/phishng does not resolve: no report uses the tag \"phishng\"; did you mean /tags/phishing?",
      "content/incidents/bad-body.md:18 body: image /images/missing.png does not exist (no file public/images/missing.png)",
      "content/incidents/bad-body.md:20 body: image chart.png must be a path under public/ starting with \"/\" (e.g. /images/chart.png) or an https:// URL",
      "content/incidents/bad-dates.md:5 status: is \"denied\" but the latest status change in updates (2020-06-02) says \"confirmed\"; make them agree",
      "content/incidents/bad-dates.md:6 incidentDate: 2999-01-01 is in the future (today is 2026-01-01); only the publication date `date` may be in the future, to schedule a report",
      "content/incidents/bad-dates.md:11 sources[0].date: 2999-02-02 is in the future (today is 2026-01-01); only the publication date `date` may be in the future, to schedule a report",
      "content/incidents/bad-dates.md:13 updates[0].date: 2020-05-31 is before the publication date 2020-06-01",
      "content/incidents/bad-dates.md:18 updates[2].date: 2999-03-03 is in the future (today is 2026-01-01); only the publication date `date` may be in the future, to schedule a report",
      "content/incidents/bad-fields.md:1 title: is required: the headline of the report",
      "content/incidents/bad-fields.md:1 sources: is required: list at least one public source",
      "content/incidents/bad-fields.md:2 date: is not a real calendar date (got \"2017-13-45\")",
      "content/incidents/bad-fields.md:4 status: must be one of reported, denied, confirmed, resolved (got \"hacked\")",
      "content/incidents/bad-fields.md:5 incidentDate: must be a date written YYYY-MM-DD (got \"Oct 5 2017\")",
      "content/incidents/bad-fields.md:6 lossUsd: must not be negative (got -5)",
      "content/incidents/bad-fields.md:7 recoveredUsd: was split in schema v2: write frozenOrRecoveredUsd for funds taken back from the attacker and reimbursedUsd for what customers got back (see docs/content.md)",
      "content/incidents/bad-fields.md:8 featured: must be true or false (got \"yes\")",
      "content/incidents/bad-fields.md:9 attackVector: must be one of account-takeover, phishing, hot-wallet-compromise, private-key-compromise, smart-contract-exploit, insider, exit-scam, social-engineering, supply-chain, api-key-abuse, sim-swap, fraud, unknown, other (got \"hacking\")",
      "content/incidents/bad-references.md:6 exchanges[1]: unknown exchange \"mtgox\"; did you mean \"mt-gox\"? (exchanges are the files in content/exchanges/; add mtgox.md there or fix the slug)",
      "content/incidents/bad-references.md:6 exchanges[2]: \"okex\" is listed twice",
      "content/incidents/bad-references.md:7 tags[2]: \"hot-wallet\" is listed twice",
      "content/incidents/bad-references.md:7 tags[0]: \"phising\" is a near-duplicate of the existing tag \"phishing\" (used by 2 reports); did you mean \"phishing\"?",
      "content/incidents/bad-references.md:10 sources[0].url: must be an https:// URL (got \"http://example.com/insecure\")",
      "content/incidents/bad-references.md:13 sources[1].url: must be an https:// URL (got \"https//example.com/missing-colon\")",
      "content/incidents/long-summary.md:4 summary: must be at most 280 characters (got 332)",
      "content/incidents/long-summary.md:6 sources: list at least one public source",
      "content/incidents/malformed-yaml.md:5:1 (yaml): malformed YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
      "content/incidents/no-frontmatter.md:1 (frontmatter): missing: the file must start with a \"---\" line, the YAML fields, and another \"---\" line",
      "content/incidents/placeholder.md:2 title: still holds the scaffold placeholder \"TODO\": replace it with the real value",
      "content/incidents/placeholder.md:7 sources[0].title: still holds the scaffold placeholder \"TODO\": replace it with the real value",
      "content/incidents/placeholder.md:8 sources[0].url: still holds the scaffold placeholder \"TODO\": replace it with the real value",
      "content/incidents/draft-2020.md:6 draft: shown by `npm run dev` with a DRAFT banner, left out of the production build [note]",
      "content/incidents/scheduled-2999.md:3 date: scheduled: 2999-01-01 is in the future, so the report stays out of the site until a build on or after that day [note]",
      "content:check: 41 problems in 10 of 16 files (1 draft, 1 scheduled)",
    ]);
  });

  it("passes the real content with no problems", () => {
    const result = checkContentTree({ contentDir: "content", publicDir: "public" });
    expect(result.problems.map(formatProblem)).toEqual([]);
  });
});

describe("line numbers", () => {
  it("points at the key of a nested field and at the YAML error's line and column", () => {
    const parsed = parseContentFile("---\ntitle: x\nsources:\n  - title: a\n    url: b\n---\nbody\n");
    expect(parsed.lineOf(["sources", 0, "url"])).toBe(5);
    expect(parsed.lineOf(["missing"])).toBe(1);
    expect(parsed.bodyLine).toBe(7);
    expect(parseContentFile("---\ntitle: x\ntags: [a, b\n---\n").yamlError).toMatchObject({ line: 3, column: 12 });
  });
});

describe("duplicate slugs", () => {
  it("flags file names that differ only by letter case", () => {
    expect(duplicateSlugProblems(["content/incidents/okex-2017.md", "content/incidents/OKEx-2017.md"]).map(formatProblem)).toEqual([
      "content/incidents/okex-2017.md:1 (file name): duplicate slug: content/incidents/OKEx-2017.md has the same URL",
    ]);
  });
});

describe("suggestions", () => {
  it("counts a swapped pair of letters as one edit", () => {
    expect(editDistance("phishing", "phsihing")).toBe(1);
    expect(editDistance("kraken", "kraken")).toBe(0);
  });

  it("treats typos, plurals and hyphens as near-duplicates but not different real words", () => {
    expect(isNearDuplicate("phising", "phishing")).toBe(true);
    expect(isNearDuplicate("private-key", "private-keys")).toBe(true);
    expect(isNearDuplicate("twofactor", "two-factor")).toBe(true);
    expect(isNearDuplicate("north-korea", "south-korea")).toBe(false);
    expect(isNearDuplicate("hot-wallet", "cold-wallet")).toBe(false);
  });

  it("suggests the closest slug, or nothing when nothing is close", () => {
    expect(closestMatch("mtgox", ["mt-gox", "okex"])).toBe("mt-gox");
    expect(closestMatch("binanse", ["binance", "bitfinex"])).toBe("binance");
    expect(closestMatch("zzzzzz", ["binance", "okex"])).toBeUndefined();
  });
});
