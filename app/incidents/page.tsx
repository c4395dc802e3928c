import { siteConfig } from "@/config/site";
import { listAllFacetValues, listIncidentsPage } from "@/lib/content";
import { getExplorerChoices, getIncidentLossTotal } from "@/lib/stats";
import { describeLossTotal } from "@/lib/losses";
import { incidentCardPage } from "@/lib/incident-cards";
import { buildMetadata } from "@/lib/metadata";
import { explorerPath } from "@/lib/routes";
import { ExplorerView } from "@/components/explorer/ExplorerView";

export const metadata = buildMetadata({
  title: "All incidents",
  description: "Every crypto-security incident Breachdesk has reported: filter by year, status, attack vector, exchange, tag and loss.",
  path: explorerPath(),
});

export default function IncidentsPage() {
  return (
    <ExplorerView
      firstPage={incidentCardPage(listIncidentsPage(1, siteConfig.pageSize))}
      totalText={describeLossTotal(getIncidentLossTotal())}
      choices={getExplorerChoices()}
      facets={listAllFacetValues()}
      pageSize={siteConfig.pageSize}
    />
  );
}
