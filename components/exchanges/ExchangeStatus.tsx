import Link from "next/link";
import type { ExchangeRef, ExchangeStatus as Status } from "@/lib/content";

const LABELS: Record<Status, string> = { active: "Active", defunct: "Defunct", merged: "Merged", renamed: "Renamed" };

/** "Renamed → OKX": a status that points somewhere links there. */
export function ExchangeStatus({ status, successor }: { status: Status; successor?: ExchangeRef }) {
  return (
    <span>
      {LABELS[status]}
      {successor && (
        <>
          {status === "renamed" ? " to " : " into "}
          <Link href={`/exchanges/${successor.slug}`} className="underline">
            {successor.name}
          </Link>
        </>
      )}
    </span>
  );
}
