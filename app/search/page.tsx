import { buildMetadata } from "@/lib/metadata";
import { SearchPage } from "@/components/search/SearchPage";

export const metadata = buildMetadata({
  title: "Search",
  description: "Search every Breachdesk incident report by keyword, status, exchange and tag.",
  path: "/search",
});

export default function Search() {
  return <SearchPage />;
}
