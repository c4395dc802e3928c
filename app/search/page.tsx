import { getExplorerChoices } from "@/lib/stats";
import { buildMetadata } from "@/lib/metadata";
import { searchVocabulary } from "@/lib/search/suggest";
import { SearchPage } from "@/components/search/SearchPage";
import { searchPath } from "@/lib/routes";

export const metadata = buildMetadata({
  title: "Search",
  description: "Search every Breachdesk incident report by keyword, status, exchange and tag.",
  path: searchPath(),
});

export default function Search() {
  const choices = getExplorerChoices();
  const vocabulary = searchVocabulary([
    ...choices.tags,
    ...Object.values(choices.labels.vectors),
    ...Object.values(choices.labels.exchanges),
    ...Object.values(choices.labels.statuses),
  ]);
  return <SearchPage choices={choices} vocabulary={vocabulary} />;
}
