/**
 * The archive's coverage report for `npm run content:check`: where it is thin. Pure over parsed
 * frontmatter, so the unit test can feed it a fixture tree.
 */
import { isStale } from "@/lib/rankings/score";

export type CoverageIncident = { slug: string; date?: string; incidentDate?: string; exchanges: string[]; sources: { publisher?: string }[]; draft: boolean };
export type CoverageExchange = { slug: string; status?: string; successor?: string; checkedAt?: string; facts: { key: string; value?: string; asOf?: string }[] };

export type Coverage = {
  byYear: { year: string; count: number }[];
  byExchange: { exchange: string; count: number }[];
  singleSource: string[];
  noIncident: string[];
  /** No incident under their own name, but their predecessors have some (OKX through OKEx). */
  onlyThroughPredecessors: string[];
  staleFacts: { exchange: string; fact: string; asOf?: string }[];
};

export function buildCoverage(incidents: readonly CoverageIncident[], exchanges: readonly CoverageExchange[], today: string): Coverage {
  const published = incidents.filter((i) => !i.draft);
  const years = new Map<string, number>();
  const perExchange = new Map<string, number>();
  for (const i of published) {
    const year = (i.incidentDate ?? i.date ?? "????").slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + 1);
    for (const e of new Set(i.exchanges)) perExchange.set(e, (perExchange.get(e) ?? 0) + 1);
  }
  // Two sources from one publisher (a wire story twice) still count as one.
  const inherits = (slug: string): boolean =>
    exchanges.some((e) => e.successor === slug && e.slug !== slug && (perExchange.has(e.slug) || inherits(e.slug)));
  const singleSource = published.filter((i) => new Set(i.sources.map((s) => (s.publisher ?? "").toLowerCase())).size < 2).map((i) => i.slug);
  return {
    byYear: [...years.entries()].map(([year, count]) => ({ year, count })).sort((a, b) => a.year.localeCompare(b.year)),
    byExchange: [...perExchange.entries()].map(([exchange, count]) => ({ exchange, count })).sort((a, b) => b.count - a.count || a.exchange.localeCompare(b.exchange)),
    singleSource: singleSource.sort(),
    noIncident: exchanges.filter((e) => !perExchange.has(e.slug) && !inherits(e.slug)).map((e) => e.slug).sort(),
    onlyThroughPredecessors: exchanges.filter((e) => !perExchange.has(e.slug) && inherits(e.slug)).map((e) => e.slug).sort(),
    staleFacts: exchanges.flatMap((e) =>
      e.facts.filter((f) => f.value !== undefined && f.value !== "unknown" && isStale(f.asOf, today)).map((f) => ({ exchange: e.slug, fact: f.key, asOf: f.asOf })),
    ),
  };
}

export function formatCoverage(c: Coverage): string[] {
  const total = c.byYear.reduce((sum, y) => sum + y.count, 0);
  return [
    `coverage: ${String(total)} published incidents, ${String(c.byYear[0]?.year ?? "-")}–${String(c.byYear[c.byYear.length - 1]?.year ?? "-")}`,
    `  per year: ${c.byYear.map((y) => `${y.year} ${String(y.count)}`).join(", ")}`,
    `  per exchange (most first): ${c.byExchange.map((e) => `${e.exchange} ${String(e.count)}`).join(", ")}`,
    `  reports with fewer than two independent sources (${String(c.singleSource.length)}): ${c.singleSource.join(", ") || "none"}`,
    `  exchanges with no incident (${String(c.noIncident.length)}): ${c.noIncident.join(", ") || "none"}`,
    `  exchanges whose incidents are all under a former name (${String(c.onlyThroughPredecessors.length)}): ${c.onlyThroughPredecessors.join(", ") || "none"}`,
    `  security facts older than 24 months or undated (${String(c.staleFacts.length)}): ${c.staleFacts.map((f) => `${f.exchange}.${f.fact} (${f.asOf ?? "undated"})`).join(", ") || "none"}`,
  ];
}
