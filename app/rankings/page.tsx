import { getRankings } from "@/lib/rankings";
import { buildMetadata } from "@/lib/metadata";
import { RankingsView } from "@/components/rankings/RankingsView";
import { rankingsPath } from "@/lib/routes";

export const metadata = buildMetadata({
  title: "Exchange rankings",
  description: "Crypto exchanges ranked by a transparent security score, by trading volume, and the largest incidents by reported loss.",
  path: rankingsPath(),
});

export default function RankingsPage() {
  return <RankingsView rankings={getRankings()} />;
}
