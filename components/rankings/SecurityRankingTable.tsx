import Link from "next/link";
import { securityTable, type SecurityRow, type SortState } from "@/lib/rankings";
import { formatDate } from "@/lib/format";
import { describeUnknownLosses } from "@/lib/losses";
import { Cell, DataTable, RowHeader } from "@/components/ui/DataTable";
import { FactValue } from "@/components/exchanges/FactValue";
import { ExchangeStatus } from "@/components/exchanges/ExchangeStatus";
import { UsdValue } from "./UsdCell";
import { sortHeaders } from "./sortHeaders";
import { exchangePath, rankingsMethodologyPath } from "@/lib/routes";

function ExchangeLink({ row }: { row: SecurityRow }) {
  return (
    <Link href={exchangePath(row.slug)} className="hover:text-accent hover:underline dark:hover:text-accent-dark">
      {row.name}
    </Link>
  );
}

function Losses({ row }: { row: SecurityRow }) {
  const unknown = describeUnknownLosses(row.unknownLossCount);
  return (
    <>
      <UsdValue value={row.knownLossUsd} />
      {unknown && (
        <span title={unknown}>
          {" "}
          + {row.unknownLossCount} unknown<span className="sr-only">: {unknown}</span>
        </span>
      )}
    </>
  );
}

function LastIncident({ row }: { row: SecurityRow }) {
  return row.lastIncidentDate ? (
    <time dateTime={row.lastIncidentDate}>{formatDate(row.lastIncidentDate)}</time>
  ) : (
    <span className="text-zinc-600 dark:text-zinc-400">None reported</span>
  );
}

function Checked({ row }: { row: SecurityRow }) {
  return (
    <>
      <time dateTime={row.checkedAt}>{formatDate(row.checkedAt)}</time>
      {row.staleFacts > 0 && (
        <span className="block text-xs text-amber-800 dark:text-amber-300">
          {row.staleFacts} stale {row.staleFacts === 1 ? "fact" : "facts"}
        </span>
      )}
    </>
  );
}

export function SecurityRankingTable({ rows, sort }: { rows: SecurityRow[]; sort: SortState }) {
  return (
    <DataTable
      id={securityTable.id}
      headers={sortHeaders(securityTable, sort, "exchange")}
      caption={
        <>
          {securityTable.title}: active exchanges with enough published facts to score, 0–100 from their security practices
          and their incident record, predecessors included (<Link href={rankingsMethodologyPath()} className="underline">how the score works</Link>).
          Losses are reported figures in US dollars at the time.
        </>
      }
    >
      {rows.map((row) => (
        <tr key={row.slug}>
          <Cell numeric>{row.rank}</Cell>
          <RowHeader>
            <ExchangeLink row={row} />
          </RowHeader>
          <Cell numeric>{row.score?.toLocaleString("en-US")}</Cell>
          <Cell numeric>{row.incidentCount}</Cell>
          <Cell numeric>
            <Losses row={row} />
          </Cell>
          <Cell numeric>
            <LastIncident row={row} />
          </Cell>
          <Cell>
            <FactValue value={row.practices.twoFactor.value} />
          </Cell>
          <Cell>
            <FactValue value={row.practices.proofOfReserves.value} />
          </Cell>
          <Cell>
            <FactValue value={row.practices.bugBounty.value} />
          </Cell>
          <Cell>
            <FactValue value={row.practices.protectionFund.value} />
          </Cell>
          <Cell numeric>
            <Checked row={row} />
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}

/** A table of exchanges shown apart from the ranking, A–Z: its second column says why they are there. */
function ApartTable({ id, caption, second, rows }: { id: string; caption: string; second: { label: string; cell: (row: SecurityRow) => React.ReactNode }; rows: SecurityRow[] }) {
  return (
    <DataTable
      id={id}
      caption={caption}
      headers={[
        { id: "exchange", label: "Exchange", sticky: true },
        { id: "why", label: second.label },
        { id: "incidents", label: "Incidents", numeric: true },
        { id: "losses", label: "Total losses", numeric: true },
        { id: "last", label: "Last incident", numeric: true },
        { id: "checked", label: "Facts checked", numeric: true },
      ]}
    >
      {rows.map((row) => (
        <tr key={row.slug}>
          <RowHeader>
            <ExchangeLink row={row} />
          </RowHeader>
          <Cell>{second.cell(row)}</Cell>
          <Cell numeric>{row.incidentCount}</Cell>
          <Cell numeric>
            <Losses row={row} />
          </Cell>
          <Cell numeric>
            <LastIncident row={row} />
          </Cell>
          <Cell numeric>
            <Checked row={row} />
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}

/** Active exchanges with too few known facts: shown with their record, never ranked. */
export function UnratedExchangesTable({ rows }: { rows: SecurityRow[] }) {
  if (rows.length === 0) return <p>Every active exchange we cover has enough published facts to rank.</p>;
  return (
    <ApartTable
      id="unrated"
      caption="Not enough data: active exchanges for which we could source fewer than three of the five security practices. They are not ranked — neither above nor below anyone — until the facts are known."
      second={{ label: "Known practices", cell: (row) => `${String(row.knownPractices)} of 5` }}
      rows={rows}
    />
  );
}

/** Collapsed, closed, renamed and merged exchanges: their record, apart from the active ranking. */
export function ClosedExchangesTable({ rows }: { rows: SecurityRow[] }) {
  return (
    <ApartTable
      id="closed-exchanges"
      caption="Collapsed, closed, renamed and merged exchanges, A–Z. Renamed and merged exchanges' incidents also count in their successor's record."
      second={{ label: "Status", cell: (row) => <ExchangeStatus status={row.status} successor={row.successor} /> }}
      rows={rows}
    />
  );
}
