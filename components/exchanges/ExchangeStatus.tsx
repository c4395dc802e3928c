import Link from "next/link";
import type { ExchangeRef, ExchangeStatus as Status } from "@/lib/content";
import { exchangePath } from "@/lib/routes";

const LABELS: Record<Status, string> = { active: "Active", renamed: "Renamed", merged: "Merged", collapsed: "Collapsed", defunct: "Closed" };

/** "Renamed → OKX": a status that points somewhere links there. */
export function ExchangeStatus({ status, successor }: { status: Status; successor?: ExchangeRef }) {
  return (
    <span>
      {LABELS[status]}
      {successor && (
        <>
          {status === "renamed" ? " to " : " into "}
          <Link href={exchangePath(successor.slug)} className="underline">
            {successor.name}
          </Link>
        </>
      )}
    </span>
  );
}
