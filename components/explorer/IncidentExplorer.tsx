"use client";

import Link from "next/link";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { ExplorerChoices } from "@/lib/stats/explorer";
import type { OpenDataIncident } from "@/lib/opendata/schema";
import {
  describeExplorerView,
  explorerSearchParams,
  filterAndSort,
  hasFilters,
  parseExplorerQuery,
  parseUsdAmount,
  EMPTY_QUERY,
  type ExplorerQuery,
} from "@/lib/stats/explorer";
import { formatUsd } from "@/lib/format";
import { describeLossTotal, summarizeLosses } from "@/lib/losses";
import { pageOf } from "@/lib/pagination";
import { explorerPath, incidentsJsonPath } from "@/lib/routes";
import { Pagination } from "@/components/ui/Pagination";
import { IncidentCard, type IncidentCardData } from "@/components/incidents/IncidentCard";
import { LossTotalLine } from "./LossTotalLine";

const NAVIGATE_EVENT = "breachdesk:explorer-navigate";

/** The card for a compact open-data record; exchange slugs are named from the explorer's labels. */
function toIncidentCard(incident: OpenDataIncident, exchangeNames: Record<string, string>): IncidentCardData {
  return {
    slug: incident.slug,
    title: incident.title,
    date: incident.date,
    status: incident.status,
    lossUsd: incident.lossUsd ?? undefined,
    summary: incident.summary,
    tags: incident.tags,
    exchanges: incident.exchanges.map((slug) => ({ slug, name: exchangeNames[slug] ?? slug })),
  };
}

function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}


/** The open-data file is our index; check its shape before trusting it. */
function readIncidents(json: unknown): OpenDataIncident[] {
  if (typeof json !== "object" || json === null || !("incidents" in json) || !Array.isArray(json.incidents)) {
    throw new Error("the incident index is not an incidents file");
  }
  return json.incidents as OpenDataIncident[];
}

type DataState = { status: "idle" } | { status: "ready"; incidents: OpenDataIncident[] } | { status: "failed" };

type IncidentExplorerProps = {
  choices: ExplorerChoices;
  pageSize: number;
  initialTotalText: string;
  /** How many reports the server-rendered first page stands for, for the intro before any filter. */
  initialView: { totalItems: number; page: number; totalPages: number };
  /** The server-rendered first page, shown until a filter needs the index (and while it loads). */
  children: React.ReactNode;
};

type FilterName = "year" | "status" | "vector" | "exchange" | "tag" | "chain" | "target" | "actor";

/**
 * Combined filters applied in the browser. The query lives in the URL (shareable, back button),
 * and the incident index is fetched only once a reader starts filtering, never embedded in the page.
 * The form is server-rendered too, as a GET form: without JavaScript it submits to /incidents,
 * which sends a single-facet query on to that facet's prerendered page.
 */
export function IncidentExplorer({ choices, pageSize, initialTotalText, initialView, children }: IncidentExplorerProps) {
  const search = useSyncExternalStore(subscribeToLocation, () => window.location.search, () => "");
  const query = parseExplorerQuery(new URLSearchParams(search), choices);
  const active = hasFilters(query) || query.page > 1;
  const [wanted, setWanted] = useState(false);
  const [data, setData] = useState<DataState>({ status: "idle" });
  // What the reader typed in "Minimum loss", kept as typed ("50M") while the URL holds dollars.
  const [minLossText, setMinLossText] = useState<string | undefined>(undefined);
  const viewRef = useRef<HTMLParagraphElement>(null);

  const needData = wanted || active;
  useEffect(() => {
    if (!needData || data.status !== "idle") return;
    let cancelled = false;
    const load = async () => {
      try {
        const response = await fetch(incidentsJsonPath());
        if (!response.ok) throw new Error(`${incidentsJsonPath()} answered HTTP ${String(response.status)}`);
        const incidents = readIncidents(await response.json());
        if (!cancelled) setData({ status: "ready", incidents });
      } catch (error) {
        // The reader gets a plain sentence; the technical detail goes to the console for whoever debugs it.
        console.warn("incident explorer: could not load the incident index", error);
        if (!cancelled) setData({ status: "failed" });
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

  function setFilter(name: FilterName | "sort", value: string) {
    setWanted(true);
    if (name === "sort") navigate({ ...query, sort: value === "loss" ? "loss" : "date", page: 1 });
    else navigate({ ...query, [name]: value === "" ? undefined : value, page: 1 });
  }

  function setMinLoss(text: string) {
    setWanted(true);
    setMinLossText(text);
    if (text.trim() === "") navigate({ ...query, minLoss: undefined, page: 1 }, "replace");
    else {
      const amount = parseUsdAmount(text);
      if (amount !== undefined) navigate({ ...query, minLoss: amount, page: 1 }, "replace");
    }
  }

  function clearFilters(event: React.MouseEvent) {
    event.preventDefault();
    setMinLossText(undefined);
    navigate(EMPTY_QUERY);
  }

  function goToPage(page: number) {
    navigate({ ...query, page });
    // The new page starts at the top of the results, not where the pagination bar was.
    viewRef.current?.focus();
    viewRef.current?.scrollIntoView({ block: "start" });
  }

  const matches = active && data.status === "ready" ? filterAndSort(data.incidents, query) : undefined;
  const resultPage = matches ? pageOf(matches, query.page, pageSize) : undefined;
  const pageOutOfRange = resultPage !== undefined && resultPage.page !== query.page;
  useEffect(() => {
    // ?page=9 of a two-page result is page 2: say so in the URL rather than show page 2 under page 9's address.
    if (pageOutOfRange && resultPage) navigate({ ...query, page: resultPage.page }, "replace");
  });

  let results: React.ReactNode = children;
  let totalText = initialTotalText;
  let viewText = describeExplorerView(initialView, EMPTY_QUERY, choices.labels);
  if (active) {
    if (resultPage && matches) {
      totalText = matches.length === 0 ? "" : describeLossTotal(summarizeLosses(matches));
      viewText = describeExplorerView(resultPage, query, choices.labels);
      results =
        resultPage.items.length === 0 ? (
          <p>
            No incidents match.{" "}
            <Link href={explorerPath()} className="underline" onClick={clearFilters}>
              Clear filters
            </Link>{" "}
            to see all reports.
          </p>
        ) : (
          <>
            <ol className="grid gap-8 md:grid-cols-2" aria-label="Matching incidents">
              {resultPage.items.map((incident) => (
                <li key={incident.slug}>
                  <IncidentCard incident={toIncidentCard(incident, choices.labels.exchanges)} />
                </li>
              ))}
            </ol>
            <Pagination
              label="Matching incidents: pages"
              page={resultPage.page}
              totalPages={resultPage.totalPages}
              hrefFor={(p) => explorerPath(explorerSearchParams({ ...query, page: p }))}
              onNavigate={goToPage}
            />
          </>
        );
    } else if (data.status === "failed") {
      totalText = "";
      viewText = "The incident list could not be loaded just now.";
      results = (
        <p role="alert">
          Could not load the incident list. Try again later; the links by year, status, attack vector, target, chain and attribution above still work.
        </p>
      );
    } else {
      totalText = "Loading matching incidents…";
      viewText = "Finding the matching reports…";
      // The first page stays in place while the index loads, so nothing jumps; it is marked busy.
      results = (
        <div aria-busy="true" className="opacity-50">
          {children}
        </div>
      );
    }
  }

  const selectClass = "mt-1 block w-full rounded border border-zinc-400 bg-transparent px-2 py-1 dark:border-zinc-500";
  const minLossValue = minLossText ?? (query.minLoss === undefined ? "" : String(query.minLoss));
  const minLossParsed = minLossText === undefined || minLossText.trim() === "" ? undefined : parseUsdAmount(minLossText);
  const selects: { name: FilterName; label: string; any: string; values: readonly string[]; labelOf: (v: string) => string }[] = [
    { name: "year", label: "Year", any: "Any year", values: choices.years, labelOf: (v) => v },
    { name: "status", label: "Status", any: "Any status", values: choices.statuses, labelOf: (v) => choices.labels.statuses[v] ?? v },
    { name: "vector", label: "Attack vector", any: "Any vector", values: choices.vectors, labelOf: (v) => choices.labels.vectors[v] ?? v },
    { name: "exchange", label: "Exchange", any: "Any exchange", values: choices.exchanges, labelOf: (v) => choices.labels.exchanges[v] ?? v },
    { name: "tag", label: "Tag", any: "Any tag", values: choices.tags, labelOf: (v) => `#${v}` },
    { name: "target", label: "Target", any: "Any target", values: choices.targets, labelOf: (v) => choices.labels.targets[v] ?? v },
    { name: "chain", label: "Chain", any: "Any chain", values: choices.chains, labelOf: (v) => choices.labels.chains[v] ?? v },
    { name: "actor", label: "Attributed to", any: "Anyone or no one", values: choices.actors, labelOf: (v) => choices.labels.actors[v] ?? v },
  ];
  return (
    <>
      <form
        aria-label="Filter incidents"
        action={explorerPath()}
        method="get"
        className="mb-6 grid gap-3 rounded border border-zinc-300 p-4 text-sm sm:grid-cols-4 dark:border-zinc-700"
        onSubmit={(event) => event.preventDefault()}
        onFocus={() => setWanted(true)}
      >
        {selects.map((s) => (
          <label key={s.name}>
            {s.label}
            <select name={s.name} className={selectClass} value={query[s.name] ?? ""} onChange={(e) => setFilter(s.name, e.target.value)}>
              <option value="">{s.any}</option>
              {s.values.map((v) => (
                <option key={v} value={v}>
                  {s.labelOf(v)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          Minimum loss (USD)
          <input
            name="minLoss"
            className={selectClass}
            type="text"
            inputMode="text"
            placeholder="e.g. 50M"
            aria-describedby="min-loss-hint"
            aria-invalid={minLossParsed === undefined && minLossText !== undefined && minLossText.trim() !== "" ? true : undefined}
            value={minLossValue}
            onChange={(e) => setMinLoss(e.target.value)}
          />
          <span id="min-loss-hint" className="mt-1 block text-xs text-zinc-600 dark:text-zinc-400">
            {minLossText === undefined || minLossText.trim() === ""
              ? "Like 50M, $50,000,000 or 1.5b"
              : minLossParsed === undefined
                ? "Not an amount yet: try 50M, $50,000,000 or 1.5b"
                : `At least ${formatUsd(minLossParsed)}`}
          </span>
        </label>
        <label>
          Sort by
          <select name="sort" className={selectClass} value={query.sort} onChange={(e) => setFilter("sort", e.target.value)}>
            <option value="date">Newest first</option>
            <option value="loss">Largest loss first</option>
          </select>
        </label>
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded border border-zinc-400 px-3 py-1 font-semibold hover:border-ink dark:border-zinc-500">
            Show results
          </button>
          <Link href={explorerPath()} className="py-1 underline" onClick={clearFilters}>
            Clear filters
          </Link>
        </div>
      </form>
      <p ref={viewRef} tabIndex={-1} className="mb-2 scroll-mt-4 text-zinc-700 outline-none dark:text-zinc-300">
        {viewText}
      </p>
      <LossTotalLine text={totalText} />
      {results}
    </>
  );
}
