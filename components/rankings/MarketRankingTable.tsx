import Link from "next/link";
import { marketTable, type MarketRow, type MarketSnapshot, type SortState } from "@/lib/rankings";
import { formatDate } from "@/lib/format";
import { Cell, DataTable, RowHeader } from "@/components/ui/DataTable";
import { sortHeaders } from "./sortHeaders";
import { exchangePath } from "@/lib/routes";

function ordinalRank(rank: number): string {
  return `#${rank.toLocaleString("en-US")}`;
}

function EarlierSnapshot({ snapshot }: { snapshot: MarketSnapshot }) {
  return (
    <>
      <span className="tabular">{ordinalRank(snapshot.volumeRank)}</span>
      {snapshot.btcVolumeRank !== undefined && <span className="tabular"> (BTC {ordinalRank(snapshot.btcVolumeRank)})</span>} on{" "}
      <a href={snapshot.source} rel="noopener noreferrer" title={snapshot.sourceTitle} className="underline">
        <time dateTime={snapshot.asOf}>{formatDate(snapshot.asOf)}</time>
      </a>
    </>
  );
}

export function MarketRankingTable({ rows, sort }: { rows: MarketRow[]; sort: SortState }) {
  return (
    <DataTable
      id={marketTable.id}
      headers={sortHeaders(marketTable, sort, "exchange")}
      caption={
        <>
          {marketTable.title}: each exchange&rsquo;s most recent volume rank we could source, with its date and source.
          Ranks from different dates and data providers are not directly comparable; earlier snapshots stay listed.
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.slug}>
          <RowHeader>
            <Link href={exchangePath(row.slug)} className="hover:text-accent hover:underline dark:hover:text-accent-dark">
              {row.name}
            </Link>
          </RowHeader>
          <Cell numeric>{row.latest.volumeRank.toLocaleString("en-US")}</Cell>
          <Cell numeric>
            {row.latest.btcVolumeRank?.toLocaleString("en-US") ?? <span className="italic text-zinc-600 dark:text-zinc-400">Unknown</span>}
          </Cell>
          <Cell numeric>
            <time dateTime={row.latest.asOf}>{formatDate(row.latest.asOf)}</time>
          </Cell>
          <Cell>
            <a href={row.latest.source} rel="noopener noreferrer" className="underline">
              {new URL(row.latest.source).hostname.replace(/^www\./, "")}
            </a>
          </Cell>
          <Cell>
            {row.earlier.length === 0 ? (
              <span className="text-zinc-600 dark:text-zinc-400">None</span>
            ) : (
              <ul>
                {row.earlier.map((s) => (
                  <li key={`${s.asOf}-${s.source}`}>
                    <EarlierSnapshot snapshot={s} />
                  </li>
                ))}
              </ul>
            )}
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
