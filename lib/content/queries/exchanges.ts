/** Exchange queries: profiles, the A–Z list and the per-exchange incident facts the rankings need. */
import type { ExchangeFrontmatter } from "../pipeline/schema";
import { allExchangeDocs, exchangeIndex, publishedDocs, toSummary, type ExchangeDoc } from "./store";
import { creditedExchanges, lineageOf as lineageFrom } from "../model/lineage";
import { summarizeLosses } from "@/lib/losses";
import type { CustomerOutcome, ExchangeRef, IncidentStatus, IncidentSummary, Source, TargetType } from "../model/types";

export { EXCHANGE_STATUSES } from "../model/vocabularies";

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
  /** Proof of reserves only: self-published, or attested by an independent accountant. */
  attestation?: "self" | "independent";
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
  website?: string;
  country: string;
  founded?: number;
  closed?: number;
  status: ExchangeStatus;
  successor?: ExchangeRef;
  /** When an editor last checked the profile's facts. */
  checkedAt: string;
  sources: Source[];
  security: SecurityFacts;
  /** Oldest first. */
  rankings: RankingSnapshot[];
};

export type Exchange = ExchangeSummary & {
  html: string;
  relations: ExchangeRelation[];
  /** Exchanges whose successor is this one, directly or down a chain (OKX lists OKEx and OKCoin). */
  predecessors: (ExchangeRef & { status: ExchangeStatus })[];
  /** Other exchanges' relations to this one that its own file does not state (shown from both ends). */
  relatedFrom: ExchangeRelation[];
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
    closed: doc.closed,
    status: doc.status,
    successor: doc.successor ? ref(doc.successor) : undefined,
    checkedAt: doc.checkedAt,
    sources: doc.sources,
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
  const predecessors = lineageOf(slug)
    .filter((s) => s !== slug)
    .flatMap((s) => {
      const d = exchangeIndex.get(s);
      return d ? [{ slug: d.slug, name: d.name, status: d.status }] : [];
    })
    .sort(byName);
  const own = new Set(relations.map((r) => r.slug));
  const relatedFrom = allExchangeDocs().flatMap((d) =>
    d.relations
      .filter((r) => r.slug === slug && !own.has(d.slug))
      .map((r) => ({ slug: d.slug, name: d.name, kind: INVERSE_KIND[r.kind] })),
  );
  return { ...toExchangeSummary(doc), html: doc.html, relations, predecessors, relatedFrom };
}

const INVERSE_KIND: Record<RelationKind, RelationKind> = { sister: "sister", parent: "subsidiary", subsidiary: "parent" };

/** The exchange and everything it grew out of, nearest first: OKX → [okx, okex, okcoin]. */
export function lineageOf(slug: string): string[] {
  return lineageFrom(slug, allExchangeDocs());
}

/**
 * What the rankings need from one incident, per exchange it counts for. An incident naming two
 * exchanges counts for both; one at a predecessor also counts for its successor, once, noting the
 * name it happened under.
 */
export type ExchangeIncidentFact = {
  slug: string;
  date: string;
  lossUsd?: number;
  status: IncidentStatus;
  targetType?: TargetType;
  customerOutcome?: CustomerOutcome;
  /** Set when the incident happened under a predecessor's name ("as OKEx"). */
  asExchange?: ExchangeRef;
};

export function listIncidentFactsByExchange(): Map<string, ExchangeIncidentFact[]> {
  const byExchange = new Map<string, ExchangeIncidentFact[]>();
  for (const doc of publishedDocs()) {
    const base = {
      slug: doc.slug,
      date: doc.incidentDate ?? doc.date,
      lossUsd: doc.lossUsd,
      status: doc.status,
      targetType: doc.targetType,
      customerOutcome: doc.customerOutcome,
    };
    for (const [exchange, credit] of creditedExchanges(doc.exchanges, exchangeIndex)) {
      const fact = credit.as ? { ...base, asExchange: ref(credit.as) } : base;
      byExchange.set(exchange, [...(byExchange.get(exchange) ?? []), fact]);
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
  return summarizeLosses(publishedDocs()).unknownCount;
}

export type TimelineEntry = IncidentSummary & { asExchange?: ExchangeRef };

/** An exchange's incidents, its predecessors' included, on a timeline: oldest first, by when it happened. */
export function listExchangeTimeline(slug: string): TimelineEntry[] {
  const lineage = lineageOf(slug);
  return publishedDocs()
    .filter((d) => d.exchanges.some((e) => lineage.includes(e)))
    .map((d): TimelineEntry => {
      const named = d.exchanges.includes(slug) ? undefined : d.exchanges.find((e) => lineage.includes(e));
      return { ...toSummary(d), asExchange: named ? ref(named) : undefined };
    })
    .sort((a, b) => (a.incidentDate ?? a.date).localeCompare(b.incidentDate ?? b.date) || a.slug.localeCompare(b.slug));
}
