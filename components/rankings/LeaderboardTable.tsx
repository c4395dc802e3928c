import Link from "next/link";
import { leaderboardTable, LEADERBOARD_SIZE, type LeaderboardRow, type SortState } from "@/lib/rankings";
import { formatDate, keepAmountsTogether } from "@/lib/format";
import { describeUnknownLosses } from "@/lib/losses";
import { Cell, DataTable, RowHeader } from "@/components/ui/DataTable";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { UsdValue } from "./UsdCell";
import { sortHeaders } from "./sortHeaders";
import { exchangePath, incidentPath } from "@/lib/routes";

export function LeaderboardTable({ rows, sort, unknownLossCount }: { rows: LeaderboardRow[]; sort: SortState; unknownLossCount: number }) {
  const unranked = describeUnknownLosses(unknownLossCount, "ranking");
  return (
    <DataTable
      id={leaderboardTable.id}
      headers={sortHeaders(leaderboardTable, sort, "incident")}
      caption={
        <>
          {leaderboardTable.title}: the top {LEADERBOARD_SIZE} incidents by reported loss in US dollars at the time.
          {unranked && ` ${unranked}.`}
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.slug}>
          <Cell numeric>{row.rank}</Cell>
          <RowHeader>
            <Link
              href={incidentPath(row.slug)}
              className="block max-w-[16rem] whitespace-normal hover:text-accent hover:underline sm:max-w-md dark:hover:text-accent-dark"
            >
              {keepAmountsTogether(row.title)}
            </Link>
          </RowHeader>
          <Cell>
            {row.exchanges.map((e, i) => (
              <span key={e.slug}>
                {i > 0 && ", "}
                <Link href={exchangePath(e.slug)} className="underline">
                  {e.name}
                </Link>
              </span>
            ))}
          </Cell>
          <Cell numeric>
            <time dateTime={row.date}>{formatDate(row.date)}</time>
          </Cell>
          <Cell numeric>
            <UsdValue value={row.lossUsd} />
          </Cell>
          <Cell>
            <StatusBadge status={row.status} />
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
