/**
 * The incident explorer's rules: which query a URL means, which incidents match, in which order,
 * and which page. Pure and framework-free so the browser (live filters) and the server (facet
 * pages) agree, and so it is unit-tested without a browser.
 */
import { formatUsd } from "@/lib/format";
import { incidentYear } from "./aggregate";
import { facetPath, incidentArchivePath } from "@/lib/routes";

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

type ExplorerSort = "date" | "loss";

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

const AMOUNT_UNITS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

/**
 * A reader's amount as typed: "50M", "$50,000,000", "1.5b", "USD 2.5 million", "750k" → whole US
 * dollars; undefined for anything else (and for zero), so a half-typed value never filters.
 */
export function parseUsdAmount(text: string): number | undefined {
  const match = /^(?:usd|us\$|\$)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(k|thousand|mn|m|million|bn|b|billion)?\s*(?:usd)?$/i.exec(text.trim());
  if (!match) return undefined;
  const [, whole = "", fraction, unit] = match;
  const value = Number(`${whole.replace(/,/g, "")}${fraction ? `.${fraction}` : ""}`) * (unit ? (AMOUNT_UNITS[unit.toLowerCase()] ?? 1) : 1);
  const dollars = Math.round(value);
  return Number.isSafeInteger(dollars) && dollars > 0 ? dollars : undefined;
}

/** Lenient by design: a shared link with a stale or mistyped value still opens, minus that filter. */
export function parseExplorerQuery(params: ParamReader, options: ExplorerOptions): ExplorerQuery {
  const minLossText = params.get("minLoss");
  const minLoss = minLossText === null ? undefined : parseUsdAmount(minLossText);
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

function matchesQuery(record: ExplorerRecord, query: ExplorerQuery): boolean {
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

/** Display names for the filters a query can hold (the explorer's choice labels). */
export type ExplorerLabels = {
  statuses: Record<string, string>;
  vectors: Record<string, string>;
  exchanges: Record<string, string>;
  chains: Record<string, string>;
  targets: Record<string, string>;
  actors: Record<string, string>;
};

/** Filter choices and their display labels, for the explorer's controls (no incidents inside). */
export type ExplorerChoices = ExplorerOptions & { labels: ExplorerLabels };

/** "status Denied", "tag #phishing", "loss at least $50,000,000": each active filter in words. */
function describeFilters(query: ExplorerQuery, labels: ExplorerLabels): string[] {
  const parts: string[] = [];
  if (query.year) parts.push(`year ${query.year}`);
  if (query.status) parts.push(`status ${labels.statuses[query.status] ?? query.status}`);
  if (query.vector) parts.push(`attack vector ${labels.vectors[query.vector] ?? query.vector}`);
  if (query.exchange) parts.push(`exchange ${labels.exchanges[query.exchange] ?? query.exchange}`);
  if (query.tag) parts.push(`tag #${query.tag}`);
  if (query.chain) parts.push(`chain ${labels.chains[query.chain] ?? query.chain}`);
  if (query.target) parts.push(`target ${labels.targets[query.target] ?? query.target}`);
  if (query.actor) parts.push(`attributed to ${labels.actors[query.actor] ?? query.actor}`);
  if (query.minLoss !== undefined) parts.push(`loss at least ${formatUsd(query.minLoss)}`);
  return parts;
}

/**
 * The explorer's intro for the view on screen: how many reports, which filters, which order,
 * which page — so the words never describe a different view than the list below them.
 */
export function describeExplorerView(result: { totalItems: number; page: number; totalPages: number }, query: ExplorerQuery, labels: ExplorerLabels): string {
  const filters = describeFilters(query, labels);
  const count = `${String(result.totalItems)} ${result.totalItems === 1 ? "report" : "reports"}`;
  const scope = filters.length > 0 ? ` matching ${filters.join(", ")}` : "";
  const order = query.sort === "loss" ? "largest loss first" : "newest first";
  if (result.totalItems === 0) return `No reports match ${filters.join(", ")}.`;
  return `${count}${scope}, ${order}. Page ${String(result.page)} of ${String(result.totalPages)}.`;
}

const FACET_PARAMS = ["year", "status", "vector", "chain", "target", "actor"] as const;
const OTHER_FILTER_PARAMS = ["exchange", "tag", "minLoss"] as const;

/**
 * Where an /incidents query string is already a prerendered page: no filter but a page
 * (/incidents/page/2), or one facet in the default order (/incidents/year/2018). A reader without
 * JavaScript — a shared link, the GET filter form — then lands on that page; other queries need
 * the browser and stay on /incidents. Empty values (what a submitted form sends for "Any") count
 * as absent. A page past the end goes to a page that does not exist, which answers 404.
 */
export function prerenderedPathForQuery(params: URLSearchParams): string | undefined {
  const present = (name: string) => (params.get(name) ?? "") !== "";
  if (OTHER_FILTER_PARAMS.some(present)) return undefined;
  const sort = params.get("sort") ?? "";
  if (sort !== "" && sort !== "date") return undefined;
  const pageText = params.get("page") ?? "";
  if (pageText !== "" && !/^[1-9]\d{0,5}$/.test(pageText)) return undefined;
  const page = pageText === "" ? 1 : Number(pageText);
  const facets = FACET_PARAMS.filter(present);
  if (facets.length > 1) return undefined;
  const [facet] = facets;
  const path = facet ? facetPath(facet, params.get(facet) ?? "", page) : incidentArchivePath(page);
  // A query with none of the explorer's own names (?utm_source=…) is left alone.
  const known = [...FACET_PARAMS, ...OTHER_FILTER_PARAMS, "sort", "page"].some((name) => params.has(name));
  return known ? path : undefined;
}
