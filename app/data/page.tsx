import { listIncidentSlugs } from "@/lib/content";
import { OPEN_DATA_FIELDS } from "@/lib/opendata/schema";
import { buildMetadata } from "@/lib/metadata";
import { OpenDataDocs } from "@/components/data/OpenDataDocs";
import { openDataPath } from "@/lib/routes";

export const metadata = buildMetadata({
  title: "Open data",
  description: "Every Breachdesk incident as JSON and CSV, with the field reference and license.",
  path: openDataPath(),
});

export default function DataPage() {
  return <OpenDataDocs fields={OPEN_DATA_FIELDS} count={listIncidentSlugs().length} />;
}
