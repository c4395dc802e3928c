import Link from "next/link";
import type { Facet, FacetValue } from "@/lib/content/model";
import { facetPath } from "@/lib/routes";

const HEADINGS: Record<Facet, string> = {
  year: "By year",
  status: "By status",
  vector: "By attack vector",
  target: "By target",
  chain: "By chain",
  actor: "By attribution",
};

/** Plain links to the prerendered facet pages: the explorer's no-JavaScript path. */
export function FacetLinks({ facets, current }: { facets: Record<Facet, FacetValue[]>; current?: { facet: Facet; value: string } }) {
  return (
    <nav aria-label="Browse incidents by facet" className="mb-8 grid gap-4 text-sm sm:grid-cols-2 lg:grid-cols-3">
      {(Object.keys(HEADINGS) as Facet[]).map((facet) => (
        <div key={facet}>
          <h2 className="font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{HEADINGS[facet]}</h2>
          <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
            {facets[facet].map((v) => {
              const isCurrent = current?.facet === facet && current.value === v.value;
              return (
                <li key={v.value}>
                  <Link
                    href={facetPath(facet, v.value)}
                    aria-current={isCurrent ? "page" : undefined}
                    className={isCurrent ? "font-bold underline" : "underline-offset-2 hover:underline"}
                  >
                    {v.label} <span className="text-zinc-600 dark:text-zinc-400">({v.count})</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
