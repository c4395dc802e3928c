"use client";

import Link from "next/link";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { loadPagefind, parseExcerpt, type PagefindFilterCounts, type PagefindResultData } from "./pagefind";

const FILTERS = [
  { key: "status", label: "Status", any: "Any status" },
  { key: "exchange", label: "Exchange", any: "Any exchange" },
  { key: "tag", label: "Tag", any: "Any tag" },
] as const;
type FilterKey = (typeof FILTERS)[number]["key"];

const MAX_RESULTS = 20;
const noSubscription = () => () => {};

function readParams(): { q: string; filters: Partial<Record<FilterKey, string>> } {
  if (typeof window === "undefined") return { q: "", filters: {} };
  const params = new URLSearchParams(window.location.search);
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const f of FILTERS) {
    const v = params.get(f.key);
    if (v) filters[f.key] = v;
  }
  return { q: params.get("q") ?? "", filters };
}

type SearchState =
  | { status: "idle" }
  | { status: "searching" }
  | { status: "done"; results: PagefindResultData[]; total: number }
  | { status: "failed"; message: string };

/**
 * Full-text search over the Pagefind index; the query is kept in the URL so results can be shared.
 * Until it runs in the browser it shows `withoutScript` (the server HTML), so a reader without
 * JavaScript gets that message instead of a box that does nothing.
 */
export function SiteSearch({ withoutScript }: { withoutScript: React.ReactNode }) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [initial] = useState(readParams);
  const [term, setTerm] = useState(initial.q);
  const [filters, setFilters] = useState<Partial<Record<FilterKey, string>>>(initial.filters);
  const [filterCounts, setFilterCounts] = useState<PagefindFilterCounts>({});
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
        if (!cancelled) setFilterCounts(counts);
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    const params = new URLSearchParams();
    if (term.trim()) params.set("q", term.trim());
    for (const f of FILTERS) if (filters[f.key]) params.set(f.key, filters[f.key] ?? "");
    const qs = params.toString();
    // Only when the query changed: a history write during Next's own navigation to this page
    // makes Chromium look for /favicon.ico before the new head is in place.
    if (qs !== window.location.search.replace(/^\?/, "")) {
      window.history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
    }

    const request = ++latest.current;
    const activeFilters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
    if (!term.trim() && Object.keys(activeFilters).length === 0) return;
    const run = async () => {
      const pagefind = await loadPagefind();
      const found = await pagefind.search(term.trim() || null, { filters: activeFilters });
      if (!found || request !== latest.current) return;
      const results = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (request === latest.current) setState({ status: "done", results, total: found.results.length });
    };
    run().catch((error: unknown) => {
      if (request === latest.current) setState({ status: "failed", message: error instanceof Error ? error.message : String(error) });
    });
  }, [term, filters]);

  if (!hydrated) return withoutScript;
  const idle = !term.trim() && !Object.values(filters).some(Boolean);
  const selectClass = "mt-1 block w-full rounded border border-zinc-400 bg-transparent px-2 py-1 dark:border-zinc-500";
  return (
    <div>
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
              {Object.entries(filterCounts[f.key] ?? {})
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([value, count]) => (
                  <option key={value} value={value}>
                    {f.key === "tag" ? `#${value}` : value} ({count})
                  </option>
                ))}
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
          Search is unavailable ({state.message}). Browse the <Link href="/incidents" className="underline">incident explorer</Link> instead.
        </p>
      )}
      {!idle && state.status === "done" && (
        <ol aria-label="Search results" className="mt-4 space-y-6">
          {state.results.map((r) => (
            <li key={r.url}>
              <h2 className="font-serif text-xl font-bold">
                <Link href={r.url} className="hover:text-accent hover:underline dark:hover:text-accent-dark">
                  {r.meta.title ?? r.url}
                </Link>
              </h2>
              <p className="mt-1 text-zinc-700 dark:text-zinc-300">
                {parseExcerpt(r.excerpt).map((part, i) =>
                  part.highlighted ? (
                    <mark key={i} className="bg-amber-200 text-ink dark:bg-amber-300">
                      {part.text}
                    </mark>
                  ) : (
                    <span key={i}>{part.text}</span>
                  ),
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
