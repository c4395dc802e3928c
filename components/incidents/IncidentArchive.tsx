import type { IncidentSummary, Page } from "@/lib/content";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import { IncidentList } from "./IncidentList";

/** One page of the full archive (/incidents and /incidents/page/<n>). */
export function IncidentArchive({ result }: { result: Page<IncidentSummary> }) {
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
        hrefFor={(p) => (p === 1 ? "/incidents" : `/incidents/page/${String(p)}`)}
      />
    </>
  );
}
