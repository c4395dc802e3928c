import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { parse } from "csv-parse/sync";
import { incidentsToCsv, INCIDENT_CSV_HEADER } from "@/lib/opendata/build";
import { toCsv } from "@/lib/opendata/csv";
import { ATTACK_VECTORS, ATTRIBUTION_KINDS, CHAINS, CUSTOMER_OUTCOMES, EXCHANGE_STATUSES, INCIDENT_STATUSES, TARGET_TYPES } from "@/lib/content/model";
import { OPEN_DATA_FIELDS, openDataExchangeSchema, openDataIncidentSchema, type OpenDataIncident } from "@/lib/opendata/schema";
import { incidentsByVector, lossesByYear, topExchangesByLoss } from "@/lib/stats/aggregate";
import { actorSlug, explorerSearchParams, filterAndSort, parseExplorerQuery, EMPTY_QUERY, type ExplorerOptions } from "@/lib/stats/explorer";
import { pageOf } from "@/lib/pagination";
import { describeLossTotal, summarizeLosses } from "@/lib/losses";
import { parseExcerpt } from "@/components/search/pagefind";
import { BarChart } from "@/components/stats/BarChart";

const num = (value: string | undefined): number | null => (value ? Number(value) : null);

function incident(overrides: Partial<OpenDataIncident> & Pick<OpenDataIncident, "slug">): OpenDataIncident {
  return {
    url: `https://breachdesk.example/incidents/${overrides.slug}`,
    title: "An incident",
    date: "2020-01-01",
    updated: "2020-01-01",
    incidentDate: null,
    incidentEndDate: null,
    status: "reported",
    attackVector: "unknown",
    targetType: null,
    lossUsd: null,
    lossUsdLow: null,
    lossUsdHigh: null,
    stolenAssets: [],
    frozenOrRecoveredUsd: null,
    reimbursedUsd: null,
    customerOutcome: null,
    customerOutcomeShare: null,
    chains: [],
    attribution: [],
    firstOutflowAt: null,
    acknowledgedAt: null,
    disclosureDelayHours: null,
    relatedIncidents: [],
    assets: [],
    exchanges: [],
    tags: [],
    summary: "Summary.",
    sourceUrls: ["https://example.com/a"],
    ...overrides,
  };
}

const FIXTURE: OpenDataIncident[] = [
  incident({
    slug: "okex-2017",
    title: 'OKEx users report "$3 million" stolen, exchange denies',
    date: "2017-10-04",
    incidentDate: "2017-08-15",
    status: "denied",
    attackVector: "account-takeover",
    lossUsd: 3_000_000,
    exchanges: ["okex", "okcoin"],
    tags: ["phishing", "two-factor"],
    summary: "Line one, with a comma.\nLine two with \"quotes\".\r\nLine three.",
    sourceUrls: ["https://example.com/a", "https://example.com/b"],
  }),
  incident({ slug: "mt-gox-2014", date: "2014-02-28", status: "confirmed", attackVector: "hot-wallet-compromise", lossUsd: 450_000_000, exchanges: ["mt-gox"], assets: ["BTC"], attribution: [{ actor: "Lazarus Group", by: "Test fixture", kind: "analyst", date: null, source: "https://example.com/x" }] }),
  incident({ slug: "mystery-2016", date: "2016-05-01", status: "reported", exchanges: ["okex"], tags: ["phishing"] }),
  incident({ slug: "bitfinex-2016", date: "2016-08-02", status: "resolved", attackVector: "hot-wallet-compromise", lossUsd: 72_000_000, lossUsdLow: 65_000_000, lossUsdHigh: 77_000_000, frozenOrRecoveredUsd: 0, reimbursedUsd: 72_000_000, customerOutcome: "made-whole", exchanges: ["bitfinex"], stolenAssets: [{ asset: "BTC", amount: 119_756 }], chains: ["bitcoin"], targetType: "hot-wallet", firstOutflowAt: "2016-08-02T10:00Z", acknowledgedAt: "2016-08-02T20:30Z", disclosureDelayHours: 10.5, relatedIncidents: ["bitfinex-2015"] }),
];

/** Schema v2 fields that only a CSV round trip exercises: a partial outcome, two chains, day-precision disclosure. */
const ZAIF = incident({ slug: "zaif-2018", lossUsd: 60_000_000, customerOutcome: "partial", customerOutcomeShare: 0.6, chains: ["bitcoin", "monacoin"], firstOutflowAt: "2018-09-14", acknowledgedAt: "2018-09-20", disclosureDelayHours: 144 });

describe("open data CSV", () => {
  it("writes attribution as actor (by, kind), one per ;", () => {
    const csv = incidentsToCsv([
      incident({ slug: "bybit-2025", attribution: [{ actor: "Lazarus Group", by: "FBI", kind: "official", date: "2025-02-26", source: "https://example.com/fbi" }, { actor: "TraderTraitor", by: "Elliptic", kind: "analyst", date: null, source: "https://example.com/e" }] }),
    ]);
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row?.attribution).toBe("Lazarus Group (FBI, official);TraderTraitor (Elliptic, analyst)");
  });

  it("quotes commas, quotes and newlines per RFC 4180 with CRLF line ends", () => {
    expect(toCsv(["a", "b"], [['x,y', 'say "hi"'], ["line\nbreak", null]])).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n');
  });

  it("round-trips every incident field through a real CSV parser", () => {
    const all = [...FIXTURE, ZAIF];
    const rows = parse(incidentsToCsv(all), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...INCIDENT_CSV_HEADER]);
    expect(rows).toHaveLength(all.length);
    rows.forEach((row, i) => {
      const original = all[i];
      if (!original) throw new Error(`no fixture row ${String(i)}`);
      const back: OpenDataIncident = {
        slug: row.slug ?? "",
        url: row.url ?? "",
        title: row.title ?? "",
        date: row.date ?? "",
        updated: row.updated ?? "",
        incidentDate: row.incidentDate || null,
        incidentEndDate: row.incidentEndDate || null,
        status: row.status as OpenDataIncident["status"],
        attackVector: row.attackVector as OpenDataIncident["attackVector"],
        targetType: (row.targetType || null) as OpenDataIncident["targetType"],
        lossUsd: num(row.lossUsd),
        lossUsdLow: num(row.lossUsdLow),
        lossUsdHigh: num(row.lossUsdHigh),
        stolenAssets: row.stolenAssets
          ? row.stolenAssets.split(";").map((pair) => {
              const [asset = "", amount = "0"] = pair.split(":");
              return { asset, amount: Number(amount) };
            })
          : [],
        frozenOrRecoveredUsd: num(row.frozenOrRecoveredUsd),
        reimbursedUsd: num(row.reimbursedUsd),
        customerOutcome: (row.customerOutcome || null) as OpenDataIncident["customerOutcome"],
        customerOutcomeShare: num(row.customerOutcomeShare),
        chains: (row.chains ? row.chains.split(";") : []) as OpenDataIncident["chains"],
        // CSV carries attribution as "actor (by, kind)" text, checked in its own test above.
        attribution: original.attribution,
        firstOutflowAt: row.firstOutflowAt || null,
        acknowledgedAt: row.acknowledgedAt || null,
        disclosureDelayHours: num(row.disclosureDelayHours),
        relatedIncidents: row.relatedIncidents ? row.relatedIncidents.split(";") : [],
        assets: row.assets ? row.assets.split(";") : [],
        exchanges: row.exchanges ? row.exchanges.split(";") : [],
        tags: row.tags ? row.tags.split(";") : [],
        summary: row.summary ?? "",
        sourceUrls: row.sourceUrls ? row.sourceUrls.split(" ") : [],
      };
      expect(back).toEqual(original);
    });
  });
});

describe("open data schema documentation", () => {
  it("documents every field of the incident and exchange records, in order", () => {
    expect(OPEN_DATA_FIELDS.incidents.map((f) => f.name)).toEqual(Object.keys(openDataIncidentSchema.shape));
    expect(OPEN_DATA_FIELDS.exchanges.map((f) => f.name)).toEqual(Object.keys(openDataExchangeSchema.shape));
  });

  it("takes every enumerated value from the content model, so the two cannot drift", () => {
    const incident = openDataIncidentSchema.shape;
    expect(incident.status.options).toEqual([...INCIDENT_STATUSES]);
    expect(incident.attackVector.options).toEqual([...ATTACK_VECTORS]);
    expect(incident.targetType.unwrap().options).toEqual([...TARGET_TYPES]);
    expect(incident.customerOutcome.unwrap().options).toEqual([...CUSTOMER_OUTCOMES]);
    expect(incident.chains.element.options).toEqual([...CHAINS]);
    expect(incident.attribution.element.shape.kind.options).toEqual([...ATTRIBUTION_KINDS]);
    expect(openDataExchangeSchema.shape.status.options).toEqual([...EXCHANGE_STATUSES]);
    // No list of values typed out again: each enum is built from an imported constant.
    expect(readFileSync(join(__dirname, "..", "..", "lib/opendata/schema.ts"), "utf8")).not.toMatch(/z\.enum\(\[/);
  });

  it("accepts the fixture and rejects a zero standing in for an unknown loss type", () => {
    for (const i of FIXTURE) expect(openDataIncidentSchema.safeParse(i).success).toBe(true);
    expect(openDataIncidentSchema.safeParse({ ...FIXTURE[0], lossUsd: "unknown" }).success).toBe(false);
  });
});

describe("aggregations", () => {
  it("sums known losses and counts unknown ones separately", () => {
    expect(summarizeLosses(FIXTURE)).toEqual({ totalUsd: 525_000_000, count: 4, unknownCount: 1 });
    expect(describeLossTotal(summarizeLosses(FIXTURE))).toBe("$525,000,000 reported lost across 4 incidents; 1 with unknown loss, not counted.");
  });

  it("groups losses by the year the incident happened, filling empty years", () => {
    expect(lossesByYear(FIXTURE).map((y) => [y.year, y.totalUsd, y.count, y.unknownCount])).toEqual([
      ["2014", 450_000_000, 1, 0],
      ["2015", 0, 0, 0],
      ["2016", 72_000_000, 2, 1],
      ["2017", 3_000_000, 1, 0],
    ]);
  });

  it("counts attack vectors and ranks exchanges by loss, crediting each named exchange", () => {
    expect(incidentsByVector(FIXTURE).map((v) => [v.vector, v.count])).toEqual([
      ["hot-wallet-compromise", 2],
      ["account-takeover", 1],
      ["unknown", 1],
    ]);
    expect(topExchangesByLoss(FIXTURE, 3).map((e) => [e.exchange, e.totalUsd, e.unknownCount])).toEqual([
      ["mt-gox", 450_000_000, 0],
      ["bitfinex", 72_000_000, 0],
      ["okex", 3_000_000, 1],
    ]);
  });
});

describe("explorer query", () => {
  const options: ExplorerOptions = {
    years: ["2014", "2016", "2017"],
    statuses: ["reported", "denied", "confirmed", "resolved"],
    vectors: ["account-takeover", "hot-wallet-compromise", "unknown"],
    exchanges: ["okex", "okcoin", "mt-gox", "bitfinex"],
    tags: ["phishing", "two-factor"],
    chains: ["bitcoin", "ethereum"],
    targets: ["hot-wallet", "user-accounts"],
    actors: ["north-korea"],
  };

  it("parses a URL leniently and writes back one canonical query string", () => {
    const query = parseExplorerQuery(new URLSearchParams("status=denied&year=1999&minLoss=abc&sort=loss&page=2&tag=phishing"), options);
    expect(query).toEqual({ ...EMPTY_QUERY, status: "denied", tag: "phishing", sort: "loss", page: 2 });
    expect(explorerSearchParams(query).toString()).toBe("status=denied&tag=phishing&sort=loss&page=2");
    expect(explorerSearchParams(EMPTY_QUERY).toString()).toBe("");
  });

  it("combines filters, treats unknown losses as below any minimum, and sorts by loss with unknown last", () => {
    const q = (s: string) => parseExplorerQuery(new URLSearchParams(s), options);
    expect(filterAndSort(FIXTURE, q("exchange=okex")).map((i) => i.slug)).toEqual(["okex-2017", "mystery-2016"]);
    expect(filterAndSort(FIXTURE, q("exchange=okex&tag=phishing&year=2016")).map((i) => i.slug)).toEqual(["mystery-2016"]);
    expect(filterAndSort(FIXTURE, q("minLoss=50000000")).map((i) => i.slug)).toEqual(["bitfinex-2016", "mt-gox-2014"]);
    expect(filterAndSort(FIXTURE, q("sort=loss")).map((i) => i.slug)).toEqual(["mt-gox-2014", "bitfinex-2016", "okex-2017", "mystery-2016"]);
    expect(filterAndSort(FIXTURE, q("chain=bitcoin")).map((i) => i.slug)).toEqual(["bitfinex-2016"]);
    expect(filterAndSort(FIXTURE, q("target=hot-wallet&chain=bitcoin")).map((i) => i.slug)).toEqual(["bitfinex-2016"]);
    expect(filterAndSort(FIXTURE, q("target=user-accounts")).map((i) => i.slug)).toEqual([]);
    expect(filterAndSort(FIXTURE, q("actor=north-korea")).map((i) => i.slug)).toEqual(["mt-gox-2014"]);
    expect(actorSlug("Lazarus Group (TraderTraitor)")).toBe("north-korea");
    expect(actorSlug("DPRK cyber actors")).toBe("north-korea");
    expect(actorSlug("Alexander Vinnik")).toBe("alexander-vinnik");
  });

  it("clamps a page past the end to the last page", () => {
    expect(pageOf([1, 2, 3], 9, 2)).toEqual({ items: [3], page: 2, totalPages: 2, totalItems: 3 });
  });
});

describe("charts", () => {
  it("draws one bar per datum as server-rendered SVG with a data table", () => {
    const data = lossesByYear(FIXTURE).map((y) => ({ key: y.year, label: y.year, value: y.totalUsd }));
    const html = renderToStaticMarkup(
      createElement(BarChart, { id: "t", title: "Losses", description: "Per year.", data, format: String, labelHeading: "Year", valueHeading: "USD" }),
    );
    expect(html.match(/<rect class="bar/g)).toHaveLength(4);
    expect(html.match(/<tr/g)).toHaveLength(5);
    expect(html).toContain('role="img"');
  });
});

describe("search excerpts", () => {
  it("splits Pagefind's marked excerpt into text and highlights without HTML", () => {
    expect(parseExcerpt("users of <mark>OKEx</mark> &amp; OKCoin &lt;b&gt;")).toEqual([
      { text: "users of ", highlighted: false },
      { text: "OKEx", highlighted: true },
      { text: " & OKCoin <b>", highlighted: false },
    ]);
  });
});
