import type { Facet, FacetValue, IncidentSummary, Page } from "@/lib/content/model";
import type { ExplorerChoices } from "@/lib/stats/explorer";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import { IncidentList } from "@/components/incidents/IncidentList";
import { FacetLinks } from "./FacetLinks";
import { IncidentExplorer } from "./IncidentExplorer";

type ExplorerViewProps = {
  firstPage: Page<IncidentSummary>;
  totalText: string;
  choices: ExplorerChoices;
  facets: Record<Facet, FacetValue[]>;
  pageSize: number;
};

/** /incidents: facet links for everyone, live combined filters once JavaScript runs. */
export function ExplorerView({ firstPage, totalText, choices, facets, pageSize }: ExplorerViewProps) {
  return (
    <>
      <PageHeading
        eyebrow="Incident explorer"
        title="All incidents"
        lead="Every report Breachdesk has published. Filter by year, status, attack vector, target, chain, attribution, exchange, tag or loss."
      />
      <noscript>
        <p className="mb-6 rounded border border-zinc-400 p-4 text-sm">
          JavaScript is off, so combined filters and sorting do not apply here: this page lists all{" "}
          {String(firstPage.totalItems)} reports, newest first. One year, status, attack vector, target, chain or
          attribution at a time opens as its own page, from the links below or the form.
        </p>
      </noscript>
      <FacetLinks facets={facets} />
      <IncidentExplorer
        choices={choices}
        pageSize={pageSize}
        initialTotalText={totalText}
        initialView={{ totalItems: firstPage.totalItems, page: firstPage.page, totalPages: firstPage.totalPages }}
      >
        <IncidentList incidents={firstPage.items} />
        <Pagination
          label="Incident archive pages"
          page={firstPage.page}
          totalPages={firstPage.totalPages}
          hrefFor={(p) => (p === 1 ? "/incidents" : `/incidents/page/${String(p)}`)}
        />
      </IncidentExplorer>
    </>
  );
}
