import { facetFirstPageRoute } from "@/components/explorer/facetRoutes";

const route = facetFirstPageRoute("target");

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
