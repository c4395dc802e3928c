import type { ExplorerChoices, Facet, FacetValue, IncidentSummary, Page } from "@/lib/content";
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
        lead={`${String(firstPage.totalItems)} reports, newest first. Page 1 of ${String(firstPage.totalPages)}. Filter by year, status, attack vector, target, chain, attribution, exchange, tag or loss.`}
      />
      <FacetLinks facets={facets} />
      <IncidentExplorer choices={choices} pageSize={pageSize} initialTotalText={totalText}>
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
