import { notFound } from "next/navigation";
import { siteConfig } from "@/config/site";
import { getFacetLabel, listAllFacetValues, listIncidentsByFacetPage } from "@/lib/content";
import { facetHref, facetValueParams } from "@/lib/facet-routes";
import { buildMetadata } from "@/lib/metadata";
import { FacetArchive } from "@/components/explorer/FacetArchive";

const FACET = "vector";
export const dynamicParams = false;

export function generateStaticParams() {
  return facetValueParams(FACET);
}

type Props = { params: Promise<{ value: string }> };

export async function generateMetadata({ params }: Props) {
  const value = decodeURIComponent((await params).value);
  return buildMetadata({ title: `Incidents: ${getFacetLabel(FACET, value) ?? value}`, path: facetHref(FACET, value) });
}

export default async function FacetPage({ params }: Props) {
  const value = decodeURIComponent((await params).value);
  const label = getFacetLabel(FACET, value);
  if (!label) notFound();
  return (
    <FacetArchive
      facet={FACET}
      value={value}
      label={label}
      result={listIncidentsByFacetPage(FACET, value, 1, siteConfig.pageSize)}
      facets={listAllFacetValues()}
    />
  );
}
