import type { Page } from "@/lib/content";
import { incidentArchivePath } from "@/lib/routes";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import type { IncidentCardData } from "./IncidentCard";
import { IncidentList } from "./IncidentList";

/** One page of the full archive (/incidents and /incidents/page/<n>). */
export function IncidentArchive({ result }: { result: Page<IncidentCardData> }) {
  return (
    <>
      <PageHeading
        eyebrow="Archive"
        title="All incidents"
        lead={`${String(result.totalItems)} reports, newest first. Page ${String(result.page)} of ${String(result.totalPages)}.`}
      />
      <IncidentList incidents={result.items} />
      <Pagination
        label="Incident archive pages"
        page={result.page}
        totalPages={result.totalPages}
        hrefFor={incidentArchivePath}
      />
    </>
  );
}
