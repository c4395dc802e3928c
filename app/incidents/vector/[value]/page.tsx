import { facetFirstPageRoute } from "@/app/incidents/_facet/routes";

const route = facetFirstPageRoute("vector");

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
