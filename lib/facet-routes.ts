/** URLs and static params of the explorer's prerendered facet pages (/incidents/<facet>/<value>[/page/<n>]). */
import { countFacetPages, listFacetValues, type Facet } from "@/lib/content";
import { pageParams } from "@/lib/routing";

export function facetHref(facet: Facet, value: string, page = 1): string {
  const base = `/incidents/${facet}/${encodeURIComponent(value)}`;
  return page === 1 ? base : `${base}/page/${String(page)}`;
}

export function facetValueParams(facet: Facet): { value: string }[] {
  return listFacetValues(facet).map((v) => ({ value: v.value }));
}

export function facetPageParams(facet: Facet, pageSize: number): { value: string; page: string }[] {
  return listFacetValues(facet).flatMap((v) => pageParams(countFacetPages(facet, v.value, pageSize)).map((p) => ({ value: v.value, ...p })));
}
