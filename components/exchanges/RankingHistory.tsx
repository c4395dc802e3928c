import type { RankingSnapshot } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { Cell, DataTable, RowHeader } from "@/components/ui/DataTable";
import { UsdValue } from "@/components/rankings/UsdCell";

export function RankingHistory({ name, snapshots }: { name: string; snapshots: RankingSnapshot[] }) {
  if (snapshots.length === 0) return <p className="text-zinc-600 dark:text-zinc-400">We have no sourced volume ranking for {name} yet.</p>;
  return (
    <DataTable
      id="ranking-history"
      caption={`Ranking history for ${name}, oldest first: volume ranks as published by the source on that date.`}
      headers={[
        { id: "as-of", label: "As of", sticky: true },
        { id: "volume-rank", label: "Volume rank", numeric: true },
        { id: "btc-volume-rank", label: "BTC volume rank", numeric: true },
        { id: "volume", label: "24h volume (USD)", numeric: true },
        { id: "source", label: "Source" },
      ]}
    >
      {snapshots.map((s) => (
        <tr key={`${s.asOf}-${s.source}`}>
          <RowHeader>
            <time dateTime={s.asOf}>{formatDate(s.asOf)}</time>
          </RowHeader>
          <Cell numeric>{s.volumeRank.toLocaleString("en-US")}</Cell>
          <Cell numeric>{s.btcVolumeRank?.toLocaleString("en-US") ?? <span className="italic text-zinc-600 dark:text-zinc-400">Unknown</span>}</Cell>
          <Cell numeric>
            {s.volume24hUsd !== undefined ? <UsdValue value={s.volume24hUsd} /> : <span className="italic text-zinc-600 dark:text-zinc-400">Unknown</span>}
          </Cell>
          <td className="min-w-[18rem] px-2 py-2">
            <a href={s.source} rel="noopener noreferrer" className="underline">
              {s.sourceTitle ?? new URL(s.source).hostname}
            </a>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
