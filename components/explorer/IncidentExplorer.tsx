"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { ExplorerChoices } from "@/lib/content/explore";
import type { OpenDataIncident } from "@/lib/opendata/schema";
import { summarizeLosses } from "@/lib/stats/aggregate";
import { explorerSearchParams, filterAndSort, hasFilters, pageOf, parseExplorerQuery, EMPTY_QUERY, type ExplorerQuery } from "@/lib/stats/explorer";
import { describeLossTotal } from "@/lib/format/loss-total";
import { ExplorerResultCard } from "./ExplorerResultCard";
import { LossTotalLine } from "./LossTotalLine";

const NAVIGATE_EVENT = "breachdesk:explorer-navigate";
const DATA_URL = "/data/incidents.json";

function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const noSubscription = () => () => {};

/** The open-data file is our index; check its shape before trusting it. */
function readIncidents(json: unknown): OpenDataIncident[] {
  if (typeof json !== "object" || json === null || !("incidents" in json) || !Array.isArray(json.incidents)) {
    throw new Error(`${DATA_URL} is not an incidents file`);
  }
  return json.incidents as OpenDataIncident[];
}

type DataState = { status: "idle" } | { status: "ready"; incidents: OpenDataIncident[] } | { status: "failed"; message: string };

type IncidentExplorerProps = {
  choices: ExplorerChoices;
  pageSize: number;
  initialTotalText: string;
  /** The server-rendered first page, shown until a filter needs the index. */
  children: React.ReactNode;
};

/**
 * Combined filters applied in the browser. The query lives in the URL (shareable, back button),
 * and the incident index is fetched only once a reader starts filtering, never embedded in the page.
 */
export function IncidentExplorer({ choices, pageSize, initialTotalText, children }: IncidentExplorerProps) {
  const search = useSyncExternalStore(subscribeToLocation, () => window.location.search, () => "");
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const query = parseExplorerQuery(new URLSearchParams(search), choices);
  const active = hasFilters(query) || query.page > 1;
  const [wanted, setWanted] = useState(false);
  const [data, setData] = useState<DataState>({ status: "idle" });

  const needData = wanted || active;
  useEffect(() => {
    if (!needData || data.status !== "idle") return;
    let cancelled = false;
    const load = async () => {
      try {
        const response = await fetch(DATA_URL);
        if (!response.ok) throw new Error(`${DATA_URL} answered HTTP ${String(response.status)}`);
        const incidents = readIncidents(await response.json());
        if (!cancelled) setData({ status: "ready", incidents });
      } catch (error) {
        if (!cancelled) setData({ status: "failed", message: error instanceof Error ? error.message : String(error) });
      }
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [needData, data.status]);

  function navigate(next: ExplorerQuery, mode: "push" | "replace" = "push") {
    const qs = explorerSearchParams(next).toString();
    const url = qs ? `${window.location.pathname}?${qs}` : window.location.pathname;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
    window.dispatchEvent(new Event(NAVIGATE_EVENT));
  }

  function setFilter(name: "year" | "status" | "vector" | "exchange" | "tag" | "chain" | "target" | "actor" | "sort", value: string) {
    setWanted(true);
    if (name === "sort") navigate({ ...query, sort: value === "loss" ? "loss" : "date", page: 1 });
    else navigate({ ...query, [name]: value === "" ? undefined : value, page: 1 });
  }

  function setMinLoss(text: string) {
    setWanted(true);
    const trimmed = text.trim();
    if (trimmed === "") navigate({ ...query, minLoss: undefined, page: 1 }, "replace");
    else if (/^\d+$/.test(trimmed)) navigate({ ...query, minLoss: Number(trimmed) > 0 ? Number(trimmed) : undefined, page: 1 }, "replace");
  }

  let results: React.ReactNode = children;
  let totalText = initialTotalText;
  if (active) {
    if (data.status === "ready") {
      const matches = filterAndSort(data.incidents, query);
      const page = pageOf(matches, query.page, pageSize);
      totalText = describeLossTotal(summarizeLosses(matches));
      results = (
        <>
          {page.items.length === 0 ? (
            <p>No incidents match these filters.</p>
          ) : (
            <ol className="grid gap-8 md:grid-cols-2" aria-label="Matching incidents">
              {page.items.map((incident) => (
                <li key={incident.slug}>
                  <ExplorerResultCard incident={incident} exchangeNames={choices.labels.exchanges} />
                </li>
              ))}
            </ol>
          )}
          {page.totalPages > 1 && (
            <nav aria-label="Matching incidents: pages" className="mt-10 flex flex-wrap gap-2 text-sm">
              {Array.from({ length: page.totalPages }, (_, i) => i + 1).map((p) => {
                const href = `?${explorerSearchParams({ ...query, page: p }).toString()}`;
                return p === page.page ? (
                  <span key={p} aria-current="page" className="rounded bg-ink px-3 py-1 font-bold text-white dark:bg-zinc-100 dark:text-ink">
                    {p}
                  </span>
                ) : (
                  <a
                    key={p}
                    href={href}
                    aria-label={`Page ${String(p)}`}
                    className="rounded border border-zinc-300 px-3 py-1 hover:border-ink dark:border-zinc-600"
                    onClick={(event) => {
                      event.preventDefault();
                      navigate({ ...query, page: p });
                    }}
                  >
                    {p}
                  </a>
                );
              })}
            </nav>
          )}
        </>
      );
    } else if (data.status === "failed") {
      totalText = "";
      results = (
        <p role="alert">
          Could not load the incident index ({data.message}). The links by year, status, attack vector, target, chain and attribution above still work.
        </p>
      );
    } else {
      totalText = "Loading incidents…";
      results = null;
    }
  }

  const selectClass = "mt-1 block w-full rounded border border-zinc-400 bg-transparent px-2 py-1 dark:border-zinc-500";
  const minLossValue = query.minLoss === undefined ? "" : String(query.minLoss);
  return (
    <>
      {hydrated && (
        <form
          aria-label="Filter incidents"
          className="mb-6 grid gap-3 rounded border border-zinc-300 p-4 text-sm sm:grid-cols-4 dark:border-zinc-700"
          onSubmit={(event) => event.preventDefault()}
          onFocus={() => setWanted(true)}
        >
          <label>
            Year
            <select className={selectClass} value={query.year ?? ""} onChange={(e) => setFilter("year", e.target.value)}>
              <option value="">Any year</option>
              {choices.years.map((y) => (
                <option key={y} value={y}>{y}</option>
              ))}
            </select>
          </label>
          <label>
            Status
            <select className={selectClass} value={query.status ?? ""} onChange={(e) => setFilter("status", e.target.value)}>
              <option value="">Any status</option>
              {choices.statuses.map((s) => (
                <option key={s} value={s}>{choices.labels.statuses[s] ?? s}</option>
              ))}
            </select>
          </label>
          <label>
            Attack vector
            <select className={selectClass} value={query.vector ?? ""} onChange={(e) => setFilter("vector", e.target.value)}>
              <option value="">Any vector</option>
              {choices.vectors.map((v) => (
                <option key={v} value={v}>{choices.labels.vectors[v] ?? v}</option>
              ))}
            </select>
          </label>
          <label>
            Exchange
            <select className={selectClass} value={query.exchange ?? ""} onChange={(e) => setFilter("exchange", e.target.value)}>
              <option value="">Any exchange</option>
              {choices.exchanges.map((x) => (
                <option key={x} value={x}>{choices.labels.exchanges[x] ?? x}</option>
              ))}
            </select>
          </label>
          <label>
            Tag
            <select className={selectClass} value={query.tag ?? ""} onChange={(e) => setFilter("tag", e.target.value)}>
              <option value="">Any tag</option>
              {choices.tags.map((t) => (
                <option key={t} value={t}>#{t}</option>
              ))}
            </select>
          </label>
          <label>
            Target
            <select className={selectClass} value={query.target ?? ""} onChange={(e) => setFilter("target", e.target.value)}>
              <option value="">Any target</option>
              {choices.targets.map((t) => (
                <option key={t} value={t}>{choices.labels.targets[t] ?? t}</option>
              ))}
            </select>
          </label>
          <label>
            Chain
            <select className={selectClass} value={query.chain ?? ""} onChange={(e) => setFilter("chain", e.target.value)}>
              <option value="">Any chain</option>
              {choices.chains.map((c) => (
                <option key={c} value={c}>{choices.labels.chains[c] ?? c}</option>
              ))}
            </select>
          </label>
          <label>
            Attributed to
            <select className={selectClass} value={query.actor ?? ""} onChange={(e) => setFilter("actor", e.target.value)}>
              <option value="">Anyone or no one</option>
              {choices.actors.map((a) => (
                <option key={a} value={a}>{choices.labels.actors[a] ?? a}</option>
              ))}
            </select>
          </label>
          <label>
            Minimum loss (USD)
            <input
              className={selectClass}
              type="text"
              inputMode="numeric"
              pattern="[0-9]*"
              value={minLossValue}
              onChange={(e) => setMinLoss(e.target.value)}
            />
          </label>
          <label>
            Sort by
            <select className={selectClass} value={query.sort} onChange={(e) => setFilter("sort", e.target.value)}>
              <option value="date">Newest first</option>
              <option value="loss">Largest loss first</option>
            </select>
          </label>
          <div className="flex items-end">
            <button
              type="button"
              className="rounded border border-zinc-400 px-3 py-1 font-semibold hover:border-ink disabled:opacity-50 dark:border-zinc-500"
              disabled={!hasFilters(query)}
              onClick={() => {
                navigate(EMPTY_QUERY);
              }}
            >
              Clear filters
            </button>
          </div>
        </form>
      )}
      <LossTotalLine text={totalText} />
      {results}
    </>
  );
}
