import type { Facet, FacetValue, Page } from "@/lib/content/model";
import type { ExplorerChoices } from "@/lib/stats/explorer";
import { incidentArchivePath } from "@/lib/routes";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import type { IncidentCardData } from "@/components/incidents/IncidentCard";
import { IncidentList } from "@/components/incidents/IncidentList";
import { FacetLinks } from "./FacetLinks";
import { IncidentExplorer } from "./IncidentExplorer";

type ExplorerViewProps = {
  firstPage: Page<IncidentCardData>;
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
          hrefFor={incidentArchivePath}
        />
      </IncidentExplorer>
    </>
  );
}
