import { facetLaterPageRoute } from "@/components/explorer/facetRoutes";

const route = facetLaterPageRoute("chain");

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
