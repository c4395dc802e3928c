import { notFound } from "next/navigation";
import { siteConfig } from "@/config/site";
import { getFacetLabel, listAllFacetValues, listIncidentsByFacetPage } from "@/lib/content";
import { facetHref, facetPageParams } from "@/lib/facet-routes";
import { buildMetadata } from "@/lib/metadata";
import { parsePageParam } from "@/lib/routing";
import { FacetArchive } from "@/components/explorer/FacetArchive";

const FACET = "status";
export const dynamicParams = false;

export function generateStaticParams() {
  return facetPageParams(FACET, siteConfig.pageSize);
}

type Props = { params: Promise<{ value: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const { value, page } = await params;
  const decoded = decodeURIComponent(value);
  return buildMetadata({
    title: `Incidents: ${getFacetLabel(FACET, decoded) ?? decoded} — page ${page}`,
    path: facetHref(FACET, decoded, Number(page)),
  });
}

export default async function FacetPageN({ params }: Props) {
  const { value, page: pageText } = await params;
  const decoded = decodeURIComponent(value);
  const label = getFacetLabel(FACET, decoded);
  const page = parsePageParam(pageText);
  if (!label || !page) notFound();
  return (
    <FacetArchive
      facet={FACET}
      value={decoded}
      label={label}
      result={listIncidentsByFacetPage(FACET, decoded, page, siteConfig.pageSize)}
      facets={listAllFacetValues()}
    />
  );
}
