/**
 * The three facet route families (/incidents/year|status|vector/<value>[/page/<n>]) differ only in
 * their facet; each route file binds one facet to these handlers.
 */
import { notFound } from "next/navigation";
import { siteConfig } from "@/config/site";
import { countFacetPages, getFacetLabel, listAllFacetValues, listFacetValues, listIncidentsByFacetPage, type Facet } from "@/lib/content";
import { incidentCardPage } from "@/lib/incident-cards";
import { buildMetadata } from "@/lib/metadata";
import { facetPath } from "@/lib/routes";
import { pageParams, parsePageParam } from "@/lib/routing";
import { FacetArchive } from "@/components/explorer/FacetArchive";

type ValueProps = { params: Promise<{ value: string }> };
type PageProps = { params: Promise<{ value: string; page: string }> };

function facetValueParams(facet: Facet): { value: string }[] {
  return listFacetValues(facet).map((v) => ({ value: v.value }));
}

function facetPageParams(facet: Facet, pageSize: number): { value: string; page: string }[] {
  return listFacetValues(facet).flatMap((v) => pageParams(countFacetPages(facet, v.value, pageSize)).map((p) => ({ value: v.value, ...p })));
}

function renderFacet(facet: Facet, value: string, page: number) {
  const label = getFacetLabel(facet, value);
  if (!label) notFound();
  return (
    <FacetArchive
      facet={facet}
      value={value}
      label={label}
      result={incidentCardPage(listIncidentsByFacetPage(facet, value, page, siteConfig.pageSize))}
      facets={listAllFacetValues()}
    />
  );
}

/** /incidents/<facet>/<value>: the facet's first page. */
export function facetFirstPageRoute(facet: Facet) {
  return {
    generateStaticParams: () => facetValueParams(facet),
    generateMetadata: async ({ params }: ValueProps) => {
      const value = decodeURIComponent((await params).value);
      return buildMetadata({ title: `Incidents: ${getFacetLabel(facet, value) ?? value}`, path: facetPath(facet, value) });
    },
    Page: async function FacetPage({ params }: ValueProps) {
      return renderFacet(facet, decodeURIComponent((await params).value), 1);
    },
  };
}

/** /incidents/<facet>/<value>/page/<n>: later pages. */
export function facetLaterPageRoute(facet: Facet) {
  return {
    generateStaticParams: () => facetPageParams(facet, siteConfig.pageSize),
    generateMetadata: async ({ params }: PageProps) => {
      const { value, page } = await params;
      const decoded = decodeURIComponent(value);
      return buildMetadata({
        title: `Incidents: ${getFacetLabel(facet, decoded) ?? decoded} — page ${page}`,
        path: facetPath(facet, decoded, Number(page)),
      });
    },
    Page: async function FacetPageN({ params }: PageProps) {
      const { value, page: pageText } = await params;
      const page = parsePageParam(pageText);
      if (!page) notFound();
      return renderFacet(facet, decodeURIComponent(value), page);
    },
  };
}
