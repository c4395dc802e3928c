/**
 * Rankings built from content: maps lib/content onto the pure inputs of score/aggregate/sort and
 * returns rows ready to render. Pages call these; they do no shaping themselves.
 */
import {
  getExchange,
  listExchanges,
  listIncidentFactsByExchange,
  listLargestIncidents,
  countIncidentsWithUnknownLoss,
  getExchangeRefs,
  type ExchangeIncidentFact,
  type ExchangeSummary,
} from "@/lib/content";
import { todayIso } from "@/lib/dates";
import { aggregateIncidents, type IncidentAggregate } from "./aggregate";
import { securityScore, type ScoredIncidentInput, type SecurityScore } from "./score";
import { groupOf, rankSecurityRows } from "./rank";
import {
  applySort,
  leaderboardTable,
  LEADERBOARD_SIZE,
  marketTable,
  securityTable,
  type LeaderboardRow,
  type MarketRow,
  type SecurityGroup,
  type SecurityRow,
  type SortState,
} from "./tables";
import type { SecurityPractices } from "./types";

export * from "./aggregate";
export * from "./score";
export * from "./sort";
export * from "./rank";
export * from "./tables";
export type * from "./types";

function practicesOf(exchange: ExchangeSummary): SecurityPractices {
  const s = exchange.security;
  const fact = <V extends string>(f: { value: V; asOf?: string; attestation?: "self" | "independent" }) => ({
    value: f.value,
    asOf: f.asOf,
    attestation: f.attestation,
  });
  return {
    twoFactor: fact(s.twoFactor),
    proofOfReserves: fact(s.proofOfReserves),
    bugBounty: fact(s.bugBounty),
    protectionFund: fact(s.protectionFund),
    coldStorage: fact(s.coldStorage),
  };
}

type Scored = { exchange: ExchangeSummary; aggregate: IncidentAggregate; score: SecurityScore };

function scoredInputs(facts: readonly ExchangeIncidentFact[]): ScoredIncidentInput[] {
  return facts.map((f) => ({
    slug: f.slug,
    date: f.date,
    lossUsd: f.lossUsd,
    status: f.status,
    targetType: f.targetType,
    customerOutcome: f.customerOutcome,
    asName: f.asExchange?.name,
  }));
}

/** The day scores are computed for: incidents age and facts go stale relative to it. */
function rankingsAsOf(): string {
  return todayIso();
}

let scoredCache: Scored[] | undefined;
function scoreAll(): Scored[] {
  if (scoredCache) return scoredCache;
  const facts = listIncidentFactsByExchange();
  const today = rankingsAsOf();
  scoredCache = listExchanges().map((exchange) => {
    const mine = facts.get(exchange.slug) ?? [];
    return { exchange, aggregate: aggregateIncidents(mine), score: securityScore(practicesOf(exchange), scoredInputs(mine), today) };
  });
  return scoredCache;
}

/** Every exchange's row: ranked ones first by score, then "not enough data", then closed (see ./rank). */
function buildSecurityRows(): SecurityRow[] {
  return rankSecurityRows(
    scoreAll().map(({ exchange, aggregate, score }) => ({
      group: groupOf(exchange.status, score),
      slug: exchange.slug,
      name: exchange.name,
      score: score.score,
      incidentCount: aggregate.incidentCount,
      knownLossUsd: aggregate.knownLossUsd,
      unknownLossCount: aggregate.unknownLossCount,
      lastIncidentDate: aggregate.lastIncidentDate,
      practices: practicesOf(exchange),
      checkedAt: exchange.checkedAt,
      staleFacts: score.staleFacts,
      knownPractices: score.knownPractices,
      status: exchange.status,
      successor: exchange.successor,
    })),
  );
}

function buildMarketRows(): MarketRow[] {
  return listExchanges().flatMap((exchange) => {
    const newestFirst = [...exchange.rankings].reverse();
    const [latest, ...earlier] = newestFirst;
    return latest ? [{ slug: exchange.slug, name: exchange.name, latest, earlier }] : [];
  });
}

function buildLeaderboardRows(): LeaderboardRow[] {
  return listLargestIncidents(LEADERBOARD_SIZE).map((incident, i) => ({
    rank: i + 1,
    slug: incident.slug,
    title: incident.title,
    date: incident.incidentDate ?? incident.date,
    lossUsd: incident.lossUsd ?? 0,
    status: incident.status,
    exchanges: getExchangeRefs(incident.exchanges),
  }));
}

export type RankingsSort = { table: string; column: string; direction: SortState["direction"] };

export type Rankings = {
  security: { rows: SecurityRow[]; sort: SortState; unrated: SecurityRow[]; closed: SecurityRow[]; asOf: string };
  market: { rows: MarketRow[]; sort: SortState };
  leaderboard: { rows: LeaderboardRow[]; sort: SortState; unknownLossCount: number };
};

/** All three tables; `sorted` re-orders the one table a sorted view is about, the others keep their default. */
export function getRankings(sorted?: RankingsSort): Rankings {
  const sortFor = (tableId: string, fallback: SortState): SortState =>
    sorted && sorted.table === tableId ? { column: sorted.column, direction: sorted.direction } : fallback;
  const security = sortFor(securityTable.id, securityTable.defaultSort);
  const market = sortFor(marketTable.id, marketTable.defaultSort);
  const leaderboard = sortFor(leaderboardTable.id, leaderboardTable.defaultSort);
  const securityRows = buildSecurityRows();
  return {
    security: {
      rows: applySort(securityTable, securityRows.filter((r) => r.group === "ranked"), security),
      sort: security,
      unrated: securityRows.filter((r) => r.group === "unrated"),
      closed: securityRows.filter((r) => r.group === "closed"),
      asOf: rankingsAsOf(),
    },
    market: { rows: applySort(marketTable, buildMarketRows(), market), sort: market },
    leaderboard: {
      rows: applySort(leaderboardTable, buildLeaderboardRows(), leaderboard),
      sort: leaderboard,
      unknownLossCount: countIncidentsWithUnknownLoss(),
    },
  };
}

export type ExchangeScoreCard = {
  rank?: number;
  /** How many exchanges are ranked. */
  of: number;
  group: SecurityGroup;
  score: SecurityScore;
  aggregate: IncidentAggregate;
  asOf: string;
};

/** The numbers behind one exchange's row in the security table, for its profile. */
export function getExchangeScoreCard(slug: string): ExchangeScoreCard | undefined {
  if (!getExchange(slug)) return undefined;
  const mine = scoreAll().find((s) => s.exchange.slug === slug);
  const rows = buildSecurityRows();
  const row = rows.find((r) => r.slug === slug);
  if (!mine || !row) return undefined;
  return {
    rank: row.rank,
    of: rows.filter((r) => r.group === "ranked").length,
    group: row.group,
    score: mine.score,
    aggregate: mine.aggregate,
    asOf: rankingsAsOf(),
  };
}

export type ExchangeDirectoryEntry = {
  slug: string;
  name: string;
  country: string;
  status: ExchangeSummary["status"];
  successor?: ExchangeSummary["successor"];
  incidentCount: number;
};

/** The /exchanges list: A–Z with how many incidents each has. */
export function listExchangeDirectory(): ExchangeDirectoryEntry[] {
  const facts = listIncidentFactsByExchange();
  return listExchanges().map((e) => ({
    slug: e.slug,
    name: e.name,
    country: e.country,
    status: e.status,
    successor: e.successor,
    incidentCount: facts.get(e.slug)?.length ?? 0,
  }));
}
