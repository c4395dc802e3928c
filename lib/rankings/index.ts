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
  type ExchangeSummary,
} from "@/lib/content";
import { aggregateIncidents, type IncidentAggregate } from "./aggregate";
import { securityScore, type SecurityScore } from "./score";
import { assignRanks } from "./sort";
import {
  applySort,
  leaderboardTable,
  LEADERBOARD_SIZE,
  marketTable,
  securityTable,
  type LeaderboardRow,
  type MarketRow,
  type SecurityRow,
  type SortState,
} from "./tables";
import type { SecurityPractices } from "./types";

export * from "./aggregate";
export * from "./score";
export * from "./sort";
export * from "./tables";
export type * from "./types";

function practicesOf(exchange: ExchangeSummary): SecurityPractices {
  const s = exchange.security;
  return {
    twoFactor: s.twoFactor.value,
    proofOfReserves: s.proofOfReserves.value,
    bugBounty: s.bugBounty.value,
    protectionFund: s.protectionFund.value,
    coldStorage: s.coldStorage.value,
  };
}

type Scored = { exchange: ExchangeSummary; aggregate: IncidentAggregate; score: SecurityScore };

function scoreAll(): Scored[] {
  const facts = listIncidentFactsByExchange();
  return listExchanges().map((exchange) => {
    const aggregate = aggregateIncidents(facts.get(exchange.slug) ?? []);
    return { exchange, aggregate, score: securityScore(practicesOf(exchange), aggregate) };
  });
}

/** Rank is by score, highest first; equal scores share a rank and are listed A–Z. */
export function buildSecurityRows(): SecurityRow[] {
  const unranked = scoreAll().map(({ exchange, aggregate, score }) => ({
    rank: 0,
    slug: exchange.slug,
    name: exchange.name,
    score: score.score,
    incidentCount: aggregate.incidentCount,
    knownLossUsd: aggregate.knownLossUsd,
    unknownLossCount: aggregate.unknownLossCount,
    lastIncidentDate: aggregate.lastIncidentDate,
    practices: practicesOf(exchange),
  }));
  const byScore = applySort(securityTable, unranked, { column: "score", direction: "desc" });
  const ranks = assignRanks(byScore, (a, b) => a.score === b.score);
  return byScore.map((row, i) => ({ ...row, rank: ranks[i] ?? i + 1 }));
}

export function buildMarketRows(): MarketRow[] {
  return listExchanges().flatMap((exchange) => {
    const newestFirst = [...exchange.rankings].reverse();
    const [latest, ...earlier] = newestFirst;
    return latest ? [{ slug: exchange.slug, name: exchange.name, latest, earlier }] : [];
  });
}

export function buildLeaderboardRows(): LeaderboardRow[] {
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
  security: { rows: SecurityRow[]; sort: SortState };
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
  return {
    security: { rows: applySort(securityTable, buildSecurityRows(), security), sort: security },
    market: { rows: applySort(marketTable, buildMarketRows(), market), sort: market },
    leaderboard: {
      rows: applySort(leaderboardTable, buildLeaderboardRows(), leaderboard),
      sort: leaderboard,
      unknownLossCount: countIncidentsWithUnknownLoss(),
    },
  };
}

export type ExchangeScoreCard = { rank: number; of: number; score: SecurityScore; aggregate: IncidentAggregate };

/** The numbers behind one exchange's row in the security table, for its profile. */
export function getExchangeScoreCard(slug: string): ExchangeScoreCard | undefined {
  if (!getExchange(slug)) return undefined;
  const all = scoreAll();
  const mine = all.find((s) => s.exchange.slug === slug);
  const row = buildSecurityRows().find((r) => r.slug === slug);
  if (!mine || !row) return undefined;
  return { rank: row.rank, of: all.length, score: mine.score, aggregate: mine.aggregate };
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
