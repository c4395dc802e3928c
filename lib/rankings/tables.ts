/**
 * The three rankings tables: their columns, what each column sorts by, and the default order.
 * Pure data, so the routes (which sorted views exist), the components (which headers link where)
 * and the tests read one definition.
 */
import { sortRows, type SortDirection, type SortValue } from "./sort";
import type { EXCHANGE_STATUSES, IncidentStatus } from "@/lib/content/model";
import type { SecurityPractices, TriState, TwoFactorLevel } from "./types";
import { sortedRankingPath } from "@/lib/routes";

/** ranked: active with enough known facts; unrated: active, too few facts to rank; closed: collapsed, closed, renamed or merged. */
export type SecurityGroup = "ranked" | "unrated" | "closed";

export type SecurityRow = {
  /** Position among ranked exchanges; undefined for the unrated and closed groups. */
  rank?: number;
  group: SecurityGroup;
  slug: string;
  name: string;
  score?: number;
  incidentCount: number;
  knownLossUsd: number;
  unknownLossCount: number;
  lastIncidentDate?: string;
  practices: SecurityPractices;
  /** When an editor last checked the profile's facts. */
  checkedAt: string;
  staleFacts: number;
  knownPractices: number;
  status: ExchangeStatusValue;
  successor?: { slug: string; name: string };
};

type ExchangeStatusValue = (typeof EXCHANGE_STATUSES)[number];

export type MarketSnapshot = {
  asOf: string;
  source: string;
  sourceTitle?: string;
  volumeRank: number;
  btcVolumeRank?: number;
  volume24hUsd?: number;
};

export type MarketRow = {
  slug: string;
  name: string;
  latest: MarketSnapshot;
  /** Older snapshots, newest first: ranks from different dates are not comparable, so they stay visible. */
  earlier: MarketSnapshot[];
};

export type LeaderboardRow = {
  rank: number;
  slug: string;
  title: string;
  date: string;
  lossUsd: number;
  status: IncidentStatus;
  exchanges: { slug: string; name: string }[];
};

type ColumnDef<Row> = {
  id: string;
  label: string;
  numeric: boolean;
  /** Absent for columns that are not sortable. */
  sortValue?: (row: Row) => SortValue;
};

export type TableDef<Row> = {
  id: string;
  title: string;
  columns: ColumnDef<Row>[];
  defaultSort: { column: string; direction: SortDirection };
  tieBreak: (a: Row, b: Row) => number;
};

export type SortState = { column: string; direction: SortDirection };

const TWO_FACTOR_ORDER: Record<TwoFactorLevel, number | undefined> = { mandatory: 2, offered: 1, no: 0, unknown: undefined };
const TRI_ORDER: Record<TriState, number | undefined> = { yes: 1, no: 0, unknown: undefined };
const byName = (a: { name: string; slug: string }, b: { name: string; slug: string }) =>
  a.name.localeCompare(b.name, "en") || a.slug.localeCompare(b.slug);

export const securityTable: TableDef<SecurityRow> = {
  id: "security",
  title: "Security ranking",
  columns: [
    { id: "rank", label: "Rank", numeric: true, sortValue: (r) => r.rank },
    { id: "exchange", label: "Exchange", numeric: false, sortValue: (r) => r.name },
    { id: "score", label: "Score", numeric: true, sortValue: (r) => r.score },
    { id: "incidents", label: "Incidents", numeric: true, sortValue: (r) => r.incidentCount },
    { id: "total-losses", label: "Total losses", numeric: true, sortValue: (r) => r.knownLossUsd },
    { id: "last-incident", label: "Last incident", numeric: true, sortValue: (r) => r.lastIncidentDate },
    { id: "2fa", label: "2FA", numeric: false, sortValue: (r) => TWO_FACTOR_ORDER[r.practices.twoFactor.value] },
    { id: "proof-of-reserves", label: "Proof of reserves", numeric: false, sortValue: (r) => TRI_ORDER[r.practices.proofOfReserves.value] },
    { id: "bug-bounty", label: "Bug bounty", numeric: false, sortValue: (r) => TRI_ORDER[r.practices.bugBounty.value] },
    { id: "protection-fund", label: "Protection fund", numeric: false, sortValue: (r) => TRI_ORDER[r.practices.protectionFund.value] },
    { id: "checked", label: "Facts checked", numeric: true, sortValue: (r) => r.checkedAt },
  ],
  defaultSort: { column: "rank", direction: "asc" },
  tieBreak: byName,
};

export const marketTable: TableDef<MarketRow> = {
  id: "market",
  title: "Market ranking",
  columns: [
    { id: "exchange", label: "Exchange", numeric: false, sortValue: (r) => r.name },
    { id: "volume-rank", label: "Volume rank", numeric: true, sortValue: (r) => r.latest.volumeRank },
    { id: "btc-volume-rank", label: "BTC volume rank", numeric: true, sortValue: (r) => r.latest.btcVolumeRank },
    { id: "as-of", label: "As of", numeric: true, sortValue: (r) => r.latest.asOf },
    { id: "source", label: "Source", numeric: false },
    { id: "earlier", label: "Earlier snapshots", numeric: false },
  ],
  defaultSort: { column: "volume-rank", direction: "asc" },
  tieBreak: byName,
};

export const leaderboardTable: TableDef<LeaderboardRow> = {
  id: "incidents",
  title: "Largest incidents",
  columns: [
    { id: "rank", label: "Rank", numeric: true, sortValue: (r) => r.rank },
    { id: "incident", label: "Incident", numeric: false, sortValue: (r) => r.title },
    { id: "exchanges", label: "Exchange", numeric: false },
    { id: "date", label: "Date", numeric: true, sortValue: (r) => r.date },
    { id: "loss", label: "Reported loss", numeric: true, sortValue: (r) => r.lossUsd },
    { id: "status", label: "Status", numeric: false },
  ],
  defaultSort: { column: "rank", direction: "asc" },
  tieBreak: (a, b) => a.slug.localeCompare(b.slug),
};

export const LEADERBOARD_SIZE = 25;

const RANKING_TABLES = [securityTable, marketTable, leaderboardTable] as const;


/** Every prerendered sorted view: /rankings/<table>/<column>/<asc|desc>. */
export function listSortedViews(): { table: string; column: string; direction: SortDirection }[] {
  return (RANKING_TABLES as readonly TableDef<never>[]).flatMap((t) =>
    t.columns
      .filter((c) => c.sortValue)
      .flatMap((c) => (["asc", "desc"] as const).map((direction) => ({ table: t.id, column: c.id, direction }))),
  );
}

export function isSortedView(table: string, column: string, direction: string): boolean {
  return listSortedViews().some((v) => v.table === table && v.column === column && v.direction === direction);
}

/**
 * Where a header link goes: an inactive column sorts ascending first; the active column flips.
 * The fragment keeps the reader at the table they sorted.
 */
export function headerHref(tableId: string, column: string, active: SortState): string {
  const direction: SortDirection = active.column === column && active.direction === "asc" ? "desc" : "asc";
  return `${sortedRankingPath(tableId, column, direction)}#${tableId}`;
}

export function applySort<Row>(table: TableDef<Row>, rows: readonly Row[], sort: SortState = table.defaultSort): Row[] {
  const column = table.columns.find((c) => c.id === sort.column);
  const value = column?.sortValue;
  if (!value) throw new Error(`Table "${table.id}" cannot be sorted by "${sort.column}"`);
  return sortRows(rows, value, sort.direction, table.tieBreak);
}

