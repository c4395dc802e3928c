/**
 * The incident explorer's rules: which query a URL means, which incidents match, in which order,
 * and which page. Pure and framework-free so the browser (live filters) and the server (facet
 * pages) agree, and so it is unit-tested without a browser.
 */
import { incidentYear } from "./aggregate";

export type ExplorerRecord = {
  slug: string;
  title: string;
  date: string;
  incidentDate?: string | null;
  status: string;
  attackVector: string;
  lossUsd?: number | null;
  exchanges: readonly string[];
  tags: readonly string[];
  chains: readonly string[];
  targetType?: string | null;
  attribution: readonly { actor: string }[];
};

/**
 * North Korea's state hacking units are named differently by each attributor (Lazarus Group,
 * TraderTraitor, APT38, Andariel, "DPRK cyber actors"); a reader asking "which thefts were North
 * Korea's" wants them together, so they share one facet. The report keeps each source's own words.
 */
export const NORTH_KOREA_FACET = { slug: "north-korea", label: "North Korea (Lazarus Group and related units)" } as const;
const NORTH_KOREA = /lazarus|north kore|dprk|tradertraitor|apt ?38|andariel|bluenoroff/i;

/** "Lazarus Group (suspected)" → "north-korea"; "Alexander Vinnik" → "alexander-vinnik": the URL value of an attributed actor. */
export function actorSlug(actor: string): string {
  if (NORTH_KOREA.test(actor)) return NORTH_KOREA_FACET.slug;
  return actor
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export const EXPLORER_SORTS = ["date", "loss"] as const;
export type ExplorerSort = (typeof EXPLORER_SORTS)[number];

export type ExplorerQuery = {
  year?: string;
  status?: string;
  vector?: string;
  exchange?: string;
  tag?: string;
  chain?: string;
  target?: string;
  actor?: string;
  minLoss?: number;
  sort: ExplorerSort;
  page: number;
};

export const EMPTY_QUERY: ExplorerQuery = { sort: "date", page: 1 };

/** The values the current content allows for each filter; anything else in a URL is ignored. */
export type ExplorerOptions = {
  years: readonly string[];
  statuses: readonly string[];
  vectors: readonly string[];
  exchanges: readonly string[];
  tags: readonly string[];
  chains: readonly string[];
  targets: readonly string[];
  actors: readonly string[];
};

type ParamReader = { get(name: string): string | null };

function pick(params: ParamReader, name: string, allowed: readonly string[]): string | undefined {
  const value = params.get(name);
  return value !== null && allowed.includes(value) ? value : undefined;
}

/** Lenient by design: a shared link with a stale or mistyped value still opens, minus that filter. */
export function parseExplorerQuery(params: ParamReader, options: ExplorerOptions): ExplorerQuery {
  const minLossText = params.get("minLoss");
  const minLoss = minLossText !== null && /^\d+$/.test(minLossText) && Number(minLossText) > 0 ? Number(minLossText) : undefined;
  const pageText = params.get("page");
  const page = pageText !== null && /^[1-9]\d{0,5}$/.test(pageText) ? Number(pageText) : 1;
  const sort = params.get("sort") === "loss" ? "loss" : "date";
  return {
    year: pick(params, "year", options.years),
    status: pick(params, "status", options.statuses),
    vector: pick(params, "vector", options.vectors),
    exchange: pick(params, "exchange", options.exchanges),
    tag: pick(params, "tag", options.tags),
    chain: pick(params, "chain", options.chains),
    target: pick(params, "target", options.targets),
    actor: pick(params, "actor", options.actors),
    minLoss,
    sort,
    page,
  };
}

/** Canonical query string: only non-default values, fixed order, so equal filters share one URL. */
export function explorerSearchParams(query: ExplorerQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.year) params.set("year", query.year);
  if (query.status) params.set("status", query.status);
  if (query.vector) params.set("vector", query.vector);
  if (query.exchange) params.set("exchange", query.exchange);
  if (query.tag) params.set("tag", query.tag);
  if (query.chain) params.set("chain", query.chain);
  if (query.target) params.set("target", query.target);
  if (query.actor) params.set("actor", query.actor);
  if (query.minLoss !== undefined) params.set("minLoss", String(query.minLoss));
  if (query.sort !== "date") params.set("sort", query.sort);
  if (query.page > 1) params.set("page", String(query.page));
  return params;
}

export function hasFilters(query: ExplorerQuery): boolean {
  return explorerSearchParams({ ...query, page: 1 }).size > 0;
}

export function matchesQuery(record: ExplorerRecord, query: ExplorerQuery): boolean {
  if (query.year !== undefined && incidentYear(record) !== query.year) return false;
  if (query.status !== undefined && record.status !== query.status) return false;
  if (query.vector !== undefined && record.attackVector !== query.vector) return false;
  if (query.exchange !== undefined && !record.exchanges.includes(query.exchange)) return false;
  if (query.tag !== undefined && !record.tags.includes(query.tag)) return false;
  if (query.chain !== undefined && !record.chains.includes(query.chain)) return false;
  if (query.target !== undefined && record.targetType !== query.target) return false;
  if (query.actor !== undefined && !record.attribution.some((a) => actorSlug(a.actor) === query.actor)) return false;
  // A minimum loss asks about known amounts; unknown losses cannot be shown to exceed it.
  if (query.minLoss !== undefined && (record.lossUsd ?? -1) < query.minLoss) return false;
  return true;
}

function byDate(a: ExplorerRecord, b: ExplorerRecord): number {
  return a.date === b.date ? a.slug.localeCompare(b.slug) : b.date.localeCompare(a.date);
}

/** Largest loss first; unknown losses last, newest first among equals. */
function byLoss(a: ExplorerRecord, b: ExplorerRecord): number {
  return (b.lossUsd ?? -1) - (a.lossUsd ?? -1) || byDate(a, b);
}

export function filterAndSort<T extends ExplorerRecord>(records: readonly T[], query: ExplorerQuery): T[] {
  return records.filter((r) => matchesQuery(r, query)).sort(query.sort === "loss" ? byLoss : byDate);
}

export type ExplorerPage<T> = { items: T[]; page: number; totalPages: number; totalItems: number };

/** A page past the end clamps to the last page rather than showing nothing. */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): ExplorerPage<T> {
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(Math.max(1, page), totalPages);
  const start = (current - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page: current, totalPages, totalItems: items.length };
}
