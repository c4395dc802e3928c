import Link from "next/link";
import type { ExchangeDirectoryEntry } from "@/lib/rankings";
import { PageHeading } from "@/components/ui/PageHeading";
import { Cell, DataTable, RowHeader } from "@/components/ui/DataTable";
import { ExchangeStatus } from "./ExchangeStatus";
import { exchangePath, rankingsPath } from "@/lib/routes";

export function ExchangeDirectory({ exchanges }: { exchanges: ExchangeDirectoryEntry[] }) {
  return (
    <>
      <PageHeading
        eyebrow="Exchanges"
        title="Exchanges A–Z"
        lead={
          <>
            {exchanges.length} exchanges, including every one named in our reports. Compare them on the{" "}
            <Link href={rankingsPath()} className="underline">
              rankings
            </Link>
            .
          </>
        }
      />
      <DataTable
        id="exchanges"
        caption="All exchanges in alphabetical order, with country or jurisdiction, status and the number of incidents we have reported."
        headers={[
          { id: "exchange", label: "Exchange", sticky: true },
          { id: "country", label: "Country or jurisdiction" },
          { id: "status", label: "Status" },
          { id: "incidents", label: "Incidents", numeric: true },
        ]}
      >
        {exchanges.map((e) => (
          <tr key={e.slug}>
            <RowHeader>
              <Link href={exchangePath(e.slug)} className="hover:text-accent hover:underline dark:hover:text-accent-dark">
                {e.name}
              </Link>
            </RowHeader>
            <td className="min-w-[16rem] px-2 py-2">{e.country}</td>
            <Cell>
              <ExchangeStatus status={e.status} successor={e.successor} />
            </Cell>
            <Cell numeric>{e.incidentCount}</Cell>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
