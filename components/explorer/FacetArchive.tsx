import Link from "next/link";
import type { FacetPage } from "@/lib/content";
import type { Facet, FacetValue, Page } from "@/lib/content/model";
import { describeLossTotal } from "@/lib/losses";
import { explorerPath, facetPath } from "@/lib/routes";
import { PageHeading } from "@/components/ui/PageHeading";
import { Pagination } from "@/components/ui/Pagination";
import type { IncidentCardData } from "@/components/incidents/IncidentCard";
import { IncidentList } from "@/components/incidents/IncidentList";
import { FacetLinks } from "./FacetLinks";
import { LossTotalLine } from "./LossTotalLine";

const TITLES: Record<Facet, (label: string) => string> = {
  year: (l) => `Incidents in ${l}`,
  status: (l) => `${l} incidents`,
  vector: (l) => `Incidents by ${l.toLowerCase()}`,
  chain: (l) => `Incidents on ${l}`,
  target: (l) => `Incidents targeting: ${l.toLowerCase()}`,
  actor: (l) => `Incidents attributed to ${l}`,
};

/** One prerendered facet page: works without JavaScript, newest first. */
export function FacetArchive({
  facet,
  value,
  label,
  result,
  facets,
}: {
  facet: Facet;
  value: string;
  label: string;
  result: Omit<FacetPage, "items"> & Page<IncidentCardData>;
  facets: Record<Facet, FacetValue[]>;
}) {
  return (
    <>
      <PageHeading
        eyebrow="Incident explorer"
        title={TITLES[facet](label)}
        lead={`${String(result.totalItems)} reports, newest first. Page ${String(result.page)} of ${String(result.totalPages)}.`}
      />
      <LossTotalLine text={describeLossTotal(result.total)} />
      <p className="mb-6 text-sm">
        <Link href={explorerPath()} className="underline">All incidents and combined filters</Link>
      </p>
      <FacetLinks facets={facets} current={{ facet, value }} />
      <IncidentList incidents={result.items} />
      <Pagination
        label={`${TITLES[facet](label)}: pages`}
        page={result.page}
        totalPages={result.totalPages}
        hrefFor={(p) => facetPath(facet, value, p)}
      />
    </>
  );
}
