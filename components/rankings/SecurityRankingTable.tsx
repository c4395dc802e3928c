import Link from "next/link";
import { describeUnknownLosses, securityTable, type SecurityRow, type SortState } from "@/lib/rankings";
import { formatDate } from "@/lib/format";
import { Cell, DataTable, RowHeader } from "@/components/ui/DataTable";
import { FactValue } from "@/components/exchanges/FactValue";
import { UsdValue } from "./UsdCell";
import { sortHeaders } from "./sortHeaders";

export function SecurityRankingTable({ rows, sort }: { rows: SecurityRow[]; sort: SortState }) {
  return (
    <DataTable
      id={securityTable.id}
      headers={sortHeaders(securityTable, sort, "exchange")}
      caption={
        <>
          {securityTable.title}: every exchange we cover, scored 0–100 from its published security practices and its
          incident record (<Link href="/rankings/methodology" className="underline">how the score works</Link>). Losses are
          reported figures in US dollars at the time.
        </>
      }
    >
      {rows.map((row) => {
        const unknown = describeUnknownLosses(row);
        return (
          <tr key={row.slug}>
            <Cell numeric>{row.rank}</Cell>
            <RowHeader>
              <Link href={`/exchanges/${row.slug}`} className="hover:text-accent hover:underline dark:hover:text-accent-dark">
                {row.name}
              </Link>
            </RowHeader>
            <Cell numeric>{row.score.toLocaleString("en-US")}</Cell>
            <Cell numeric>{row.incidentCount}</Cell>
            <Cell numeric>
              <UsdValue value={row.knownLossUsd} />
              {unknown && (
                <span title={unknown}>
                  {" "}
                  + {row.unknownLossCount} unknown<span className="sr-only">: {unknown}</span>
                </span>
              )}
            </Cell>
            <Cell numeric>
              {row.lastIncidentDate ? <time dateTime={row.lastIncidentDate}>{formatDate(row.lastIncidentDate)}</time> : <span className="text-zinc-600 dark:text-zinc-400">None reported</span>}
            </Cell>
            <Cell>
              <FactValue value={row.practices.twoFactor} />
            </Cell>
            <Cell>
              <FactValue value={row.practices.proofOfReserves} />
            </Cell>
            <Cell>
              <FactValue value={row.practices.bugBounty} />
            </Cell>
            <Cell>
              <FactValue value={row.practices.protectionFund} />
            </Cell>
          </tr>
        );
      })}
    </DataTable>
  );
}
