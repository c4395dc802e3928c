/** Exchange queries: profiles, the A–Z list and the per-exchange incident facts the rankings need. */
import type { ExchangeFrontmatter } from "./schema";
import { allExchangeDocs, exchangeIndex, publishedDocs, toSummary, type ExchangeDoc } from "./store";
import type { ExchangeRef, IncidentSummary } from "./types";

export { EXCHANGE_STATUSES } from "./schema";

export type ExchangeStatus = ExchangeFrontmatter["status"];
export type RelationKind = ExchangeFrontmatter["relations"][number]["kind"];
export type RankingSnapshot = ExchangeFrontmatter["rankings"][number];

type SecurityBlock = ExchangeFrontmatter["security"];
/** One checklist line: the claim, where it comes from and when it was true. Missing facts are "unknown". */
export type SecurityFact<V extends string = string> = {
  value: V;
  source?: string;
  asOf?: string;
  note?: string;
  /** Proof of reserves only: date of the latest published report. */
  lastPublished?: string;
  /** Protection fund only: what the exchange calls it. */
  name?: string;
};
export type SecurityFacts = {
  twoFactor: SecurityFact<NonNullable<SecurityBlock["twoFactor"]>["value"]>;
  proofOfReserves: SecurityFact<NonNullable<SecurityBlock["proofOfReserves"]>["value"]>;
  bugBounty: SecurityFact<NonNullable<SecurityBlock["bugBounty"]>["value"]>;
  protectionFund: SecurityFact<NonNullable<SecurityBlock["protectionFund"]>["value"]>;
  coldStorage: SecurityFact<NonNullable<SecurityBlock["coldStorage"]>["value"]>;
};

export type ExchangeRelation = ExchangeRef & { kind: RelationKind };

export type ExchangeSummary = {
  slug: string;
  name: string;
  website: string;
  country: string;
  founded?: number;
  status: ExchangeStatus;
  successor?: ExchangeRef;
  security: SecurityFacts;
  /** Oldest first. */
  rankings: RankingSnapshot[];
};

export type Exchange = ExchangeSummary & {
  html: string;
  relations: ExchangeRelation[];
  /** Exchanges whose successor is this one (OKX lists OKEx and OKCoin). */
  predecessors: (ExchangeRef & { status: ExchangeStatus })[];
};

function securityFacts(doc: ExchangeDoc): SecurityFacts {
  const s = doc.security;
  return {
    twoFactor: s.twoFactor ?? { value: "unknown" },
    proofOfReserves: s.proofOfReserves ?? { value: "unknown" },
    bugBounty: s.bugBounty ?? { value: "unknown" },
    protectionFund: s.protectionFund ?? { value: "unknown" },
    coldStorage: s.coldStorage ?? { value: "unknown" },
  };
}

function ref(slug: string): ExchangeRef | undefined {
  const doc = exchangeIndex.get(slug);
  return doc && { slug: doc.slug, name: doc.name };
}

function toExchangeSummary(doc: ExchangeDoc): ExchangeSummary {
  return {
    slug: doc.slug,
    name: doc.name,
    website: doc.website,
    country: doc.country,
    founded: doc.founded,
    status: doc.status,
    successor: doc.successor ? ref(doc.successor) : undefined,
    security: securityFacts(doc),
    rankings: [...doc.rankings].sort((a, b) => a.asOf.localeCompare(b.asOf) || a.volumeRank - b.volumeRank),
  };
}

const byName = (a: { name: string; slug: string }, b: { name: string; slug: string }) =>
  a.name.localeCompare(b.name, "en") || a.slug.localeCompare(b.slug);

/** All exchanges A–Z (the exchange list is small and bounded; it is not the incident list). */
export function listExchanges(): ExchangeSummary[] {
  return allExchangeDocs().map(toExchangeSummary).sort(byName);
}

export function getExchange(slug: string): Exchange | undefined {
  const doc = exchangeIndex.get(slug);
  if (!doc) return undefined;
  const relations = doc.relations.flatMap((r) => {
    const target = ref(r.slug);
    return target ? [{ ...target, kind: r.kind }] : [];
  });
  const predecessors = allExchangeDocs()
    .filter((d) => d.successor === slug)
    .map((d) => ({ slug: d.slug, name: d.name, status: d.status }))
    .sort(byName);
  return { ...toExchangeSummary(doc), html: doc.html, relations, predecessors };
}

/** What the rankings need from one incident, per exchange it names (an incident naming two counts for both). */
export type ExchangeIncidentFact = { slug: string; date: string; lossUsd?: number };

export function listIncidentFactsByExchange(): Map<string, ExchangeIncidentFact[]> {
  const byExchange = new Map<string, ExchangeIncidentFact[]>();
  for (const doc of publishedDocs()) {
    const fact = { slug: doc.slug, date: doc.incidentDate ?? doc.date, lossUsd: doc.lossUsd };
    for (const exchange of doc.exchanges) {
      const list = byExchange.get(exchange) ?? [];
      list.push(fact);
      byExchange.set(exchange, list);
    }
  }
  return byExchange;
}

/** The `count` incidents with the largest reported loss; unknown losses cannot be ranked and are left out. */
export function listLargestIncidents(count: number): IncidentSummary[] {
  return publishedDocs()
    .filter((d) => d.lossUsd !== undefined)
    .sort((a, b) => (b.lossUsd ?? 0) - (a.lossUsd ?? 0) || a.slug.localeCompare(b.slug))
    .slice(0, count)
    .map(toSummary);
}

export function countIncidentsWithUnknownLoss(): number {
  return publishedDocs().filter((d) => d.lossUsd === undefined).length;
}

/** An exchange's incidents on a timeline: oldest first, by when it happened. */
export function listExchangeTimeline(slug: string): IncidentSummary[] {
  return publishedDocs()
    .filter((d) => d.exchanges.includes(slug))
    .map(toSummary)
    .sort((a, b) => (a.incidentDate ?? a.date).localeCompare(b.incidentDate ?? b.date) || a.slug.localeCompare(b.slug));
}
