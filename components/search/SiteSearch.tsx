"use client";

import Link from "next/link";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { type ExplorerChoices, explorerSearchParams, parseExplorerQuery, EMPTY_QUERY } from "@/lib/stats/explorer";
import type { IncidentStatus } from "@/lib/content/model";
import { suggestSearchTerm } from "@/lib/search/suggest";
import { formatDate } from "@/lib/format";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { LossAmount } from "@/components/incidents/LossAmount";
import { highlightTerms, loadPagefind, parseExcerpt, type PagefindFilterCounts, type PagefindResultData } from "./pagefind";
import { explorerPath, searchPath } from "@/lib/routes";

const FILTERS = [
  { key: "status", label: "Status", any: "Any status" },
  { key: "exchange", label: "Exchange", any: "Any exchange" },
  { key: "tag", label: "Tag", any: "Any tag" },
] as const;
type FilterKey = (typeof FILTERS)[number]["key"];
type Filters = Partial<Record<FilterKey, string>>;

const MAX_RESULTS = 20;
const noSubscription = () => () => {};

/**
 * The URL speaks the explorer's vocabulary (status=resolved, exchange=okex, tag=phishing: one
 * parser, lib/stats/explorer); the index files status and exchange under their display names.
 */
function indexValue(key: FilterKey, slug: string, choices: ExplorerChoices): string {
  if (key === "status") return choices.labels.statuses[slug] ?? slug;
  if (key === "exchange") return choices.labels.exchanges[slug] ?? slug;
  return slug;
}

function slugValues(key: FilterKey, choices: ExplorerChoices): readonly string[] {
  return key === "status" ? choices.statuses : key === "exchange" ? choices.exchanges : choices.tags;
}

function readParams(choices: ExplorerChoices): { q: string; filters: Filters } {
  if (typeof window === "undefined") return { q: "", filters: {} };
  const params = new URLSearchParams(window.location.search);
  // Links shared before the vocabulary was shared said status=Resolved and exchange=OKEx.
  for (const f of FILTERS) {
    const value = params.get(f.key);
    if (value) params.set(f.key, value.toLowerCase());
  }
  const query = parseExplorerQuery(params, choices);
  return { q: params.get("q") ?? "", filters: { status: query.status, exchange: query.exchange, tag: query.tag } };
}

function filterParams(filters: Filters): URLSearchParams {
  return explorerSearchParams({ ...EMPTY_QUERY, status: filters.status, exchange: filters.exchange, tag: filters.tag });
}

type SearchState =
  | { status: "idle" }
  | { status: "searching" }
  | { status: "done"; results: PagefindResultData[]; total: number; counts?: PagefindFilterCounts }
  | { status: "failed" };

function Highlighted({ parts }: { parts: { text: string; highlighted: boolean }[] }) {
  return parts.map((part, i) =>
    part.highlighted ? (
      <mark key={i} className="bg-amber-200 text-ink dark:bg-amber-300">
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}

function SearchResult({ result, term, choices }: { result: PagefindResultData; term: string; choices: ExplorerChoices }) {
  const { meta } = result;
  const status = meta.status !== undefined && meta.status in choices.labels.statuses ? (meta.status as IncidentStatus) : undefined;
  const loss = meta.loss !== undefined && /^\d+$/.test(meta.loss) ? Number(meta.loss) : undefined;
  const summaryParts = meta.summary ? highlightTerms(meta.summary, term) : [];
  const summaryHasHit = summaryParts.some((p) => p.highlighted);
  const excerpt = parseExcerpt(result.excerpt);
  return (
    <article className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        {status && <StatusBadge status={status} />}
        {meta.date && <time dateTime={meta.date}>{formatDate(meta.date)}</time>}
        {meta.date && <span aria-hidden="true">·</span>}
        <LossAmount lossUsd={loss} />
      </div>
      <h2 className="font-serif text-xl font-bold">
        <Link href={result.url} className="hover:text-accent hover:underline dark:hover:text-accent-dark">
          {meta.title ?? result.url}
        </Link>
      </h2>
      {meta.summary ? (
        <p className="text-zinc-700 dark:text-zinc-300">
          <Highlighted parts={summaryParts} />
        </p>
      ) : null}
      {(!meta.summary || (!summaryHasHit && excerpt.some((p) => p.highlighted))) && (
        // Where the words are only in the report's body, show that passage, marked as a fragment.
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {meta.summary ? "In the report: " : ""}…<Highlighted parts={excerpt} />…
        </p>
      )}
    </article>
  );
}

/**
 * Full-text search over the Pagefind index; the query is kept in the URL so results can be shared.
 * Until it runs in the browser it shows `withoutScript` (the server HTML), so a reader without
 * JavaScript gets that message instead of a box that does nothing.
 */
export function SiteSearch({
  withoutScript,
  choices,
  vocabulary,
}: {
  withoutScript: React.ReactNode;
  choices: ExplorerChoices;
  /** Words a "did you mean" may suggest (tags, vectors, exchanges, statuses). */
  vocabulary: readonly string[];
}) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [initial] = useState(() => readParams(choices));
  const [term, setTerm] = useState(initial.q);
  const [filters, setFilters] = useState<Filters>(initial.filters);
  const [totalCounts, setTotalCounts] = useState<PagefindFilterCounts>({});
  const [state, setState] = useState<SearchState>({ status: "idle" });
  const inputRef = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  useEffect(() => {
    if (hydrated) inputRef.current?.focus();
  }, [hydrated]);

  useEffect(() => {
    let cancelled = false;
    loadPagefind()
      .then((pagefind) => pagefind.filters())
      .then((counts) => {
        if (!cancelled) setTotalCounts(counts);
      })
      .catch((error: unknown) => {
        console.warn("search: could not load the search index", error);
        if (!cancelled) setState({ status: "failed" });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    const params = new URLSearchParams();
    if (term.trim()) params.set("q", term.trim());
    for (const [key, value] of filterParams(filters)) params.set(key, value);
    const qs = params.toString();
    // Only when the query changed: a history write during Next's own navigation to this page
    // makes Chromium look for /favicon.ico before the new head is in place.
    if (qs !== window.location.search.replace(/^\?/, "")) {
      window.history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
    }

    const request = ++latest.current;
    const activeFilters: Record<string, string> = {};
    for (const f of FILTERS) {
      const slug = filters[f.key];
      if (slug) activeFilters[f.key] = indexValue(f.key, slug, choices);
    }
    if (!term.trim() && Object.keys(activeFilters).length === 0) return;
    const run = async () => {
      const pagefind = await loadPagefind();
      const found = await pagefind.search(term.trim() || null, { filters: activeFilters });
      if (!found || request !== latest.current) return;
      const results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (request === latest.current) setState({ status: "done", results, total: found.results.length, counts: found.filters });
    };
    run().catch((error: unknown) => {
      console.warn("search: the search failed", error);
      if (request === latest.current) setState({ status: "failed" });
    });
  }, [term, filters, choices]);

  if (!hydrated) return withoutScript;
  const idle = !term.trim() && !Object.values(filters).some(Boolean);
  // Counts follow the query: with a search under way, how many of its results each value would keep.
  const counts = !idle && state.status === "done" && state.counts ? state.counts : totalCounts;
  const suggestion = state.status === "done" && state.total === 0 && term.trim() ? suggestSearchTerm(term, vocabulary) : undefined;
  const explorerQs = filterParams(filters).toString();
  const explorerHref = explorerPath(explorerQs);
  const selectClass = "mt-1 block w-full rounded border border-zinc-400 bg-transparent px-2 py-1 dark:border-zinc-500";
  return (
    <div>
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
        Press <kbd className="rounded border border-zinc-400 px-1 font-mono">/</kbd> anywhere on the site to come here.
      </p>
      <form role="search" aria-label="Search incident reports" onSubmit={(e) => e.preventDefault()} className="grid gap-3 sm:grid-cols-4">
        <label className="sm:col-span-4">
          <span className="font-semibold">Search reports</span>
          <input
            ref={inputRef}
            type="search"
            value={term}
            onChange={(e) => {
              setState({ status: "searching" });
              setTerm(e.target.value);
            }}
            placeholder="Exchange, asset, attack…"
            className="mt-1 block w-full rounded border border-zinc-400 bg-transparent px-3 py-2 text-lg dark:border-zinc-500"
          />
        </label>
        {FILTERS.map((f) => (
          <label key={f.key} className="text-sm">
            {f.label}
            <select
              className={selectClass}
              value={filters[f.key] ?? ""}
              onChange={(e) => {
                setState({ status: "searching" });
                setFilters({ ...filters, [f.key]: e.target.value || undefined });
              }}
            >
              <option value="">{f.any}</option>
              {slugValues(f.key, choices).map((slug) => {
                const label = indexValue(f.key, slug, choices);
                const count = counts[f.key]?.[label];
                return (
                  <option key={slug} value={slug}>
                    {f.key === "tag" ? `#${slug}` : label}
                    {count === undefined ? "" : ` (${String(count)})`}
                  </option>
                );
              })}
            </select>
          </label>
        ))}
      </form>
      <div role="status" aria-live="polite" className="mt-6 text-sm text-zinc-600 dark:text-zinc-400">
        {idle
          ? "Type to search titles, summaries and report text."
          : state.status === "done"
            ? `${String(state.total)} ${state.total === 1 ? "report" : "reports"} found${state.total > MAX_RESULTS ? `, showing the first ${String(MAX_RESULTS)}` : ""}.`
            : state.status === "failed"
              ? ""
              : "Searching…"}
      </div>
      {state.status === "failed" && (
        <p role="alert" className="mt-4">
          Search is unavailable just now. Browse the <Link href={explorerPath()} className="underline">incident explorer</Link> instead.
        </p>
      )}
      {!idle && state.status === "done" && state.total === 0 && (
        <div className="mt-4 space-y-2">
          <p>
            No reports match{term.trim() ? <> “{term.trim()}”</> : null}.
            {suggestion && (
              <>
                {" "}
                Did you mean{" "}
                <a
                  href={searchPath(suggestion)}
                  className="font-semibold underline"
                  onClick={(event) => {
                    event.preventDefault();
                    setState({ status: "searching" });
                    setTerm(suggestion);
                  }}
                >
                  {suggestion}
                </a>
                ?
              </>
            )}
          </p>
          <p>
            Or browse the <Link href={explorerHref} className="underline">incident explorer</Link> by year, status, attack vector, exchange or tag.
          </p>
        </div>
      )}
      {!idle && state.status === "done" && state.total > 0 && (
        <ol aria-label="Search results" className="mt-4 space-y-6">
          {state.results.map((r) => (
            <li key={r.url}>
              <SearchResult result={r} term={term} choices={choices} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
