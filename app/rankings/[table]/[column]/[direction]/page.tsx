import { notFound } from "next/navigation";
import { getRankings, isSortDirection, isSortedView, listSortedViews } from "@/lib/rankings";
import { buildMetadata } from "@/lib/metadata";
import { RankingsView } from "@/components/rankings/RankingsView";
import { rankingsPath } from "@/lib/routes";

export const dynamicParams = false;

export function generateStaticParams() {
  return listSortedViews();
}

type Props = { params: Promise<{ table: string; column: string; direction: string }> };

export async function generateMetadata({ params }: Props) {
  const { table, column, direction } = await params;
  return buildMetadata({
    title: `Exchange rankings, ${table} table sorted by ${column} (${direction === "asc" ? "ascending" : "descending"})`,
    description: "Crypto exchanges ranked by a transparent security score, by trading volume, and the largest incidents by reported loss.",
    // A sorted view repeats /rankings; search engines should index the one page.
    path: rankingsPath(),
  });
}

export default async function SortedRankingsPage({ params }: Props) {
  const { table, column, direction } = await params;
  if (!isSortDirection(direction) || !isSortedView(table, column, direction)) notFound();
  return <RankingsView rankings={getRankings({ table, column, direction })} />;
}
