import { getIncidentStats } from "@/lib/stats";
import { buildMetadata } from "@/lib/metadata";
import { StatsView } from "@/components/stats/StatsView";
import { statsPath } from "@/lib/routes";

export const metadata = buildMetadata({
  title: "Statistics",
  description: "Reported crypto-security losses per year, incidents by attack vector and the exchanges with the largest losses.",
  path: statsPath(),
});

export default function StatsPage() {
  return <StatsView stats={getIncidentStats()} />;
}
