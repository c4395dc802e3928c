import { facetLaterPageRoute } from "@/app/incidents/_facet/routes";

const route = facetLaterPageRoute("actor");

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
