import Link from "next/link";
import { keepAmountsTogether } from "@/lib/format";
import type { IncidentSummary } from "@/lib/content";
import { incidentPath } from "@/lib/routes";

export function AdjacentIncidents({ newer, older }: { newer?: IncidentSummary; older?: IncidentSummary }) {
  if (!newer && !older) return null;
  return (
    <nav aria-label="More incidents" className="no-print mt-10 grid gap-4 border-t border-zinc-300 pt-6 sm:grid-cols-2 dark:border-zinc-700">
      {older ? (
        <Link href={incidentPath(older.slug)} rel="prev" className="group">
          <span className="block text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">← Previous report</span>
          <span className="font-serif font-bold group-hover:underline">{keepAmountsTogether(older.title)}</span>
        </Link>
      ) : (
        <span />
      )}
      {newer && (
        <Link href={incidentPath(newer.slug)} rel="next" className="group text-right">
          <span className="block text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Next report →</span>
          <span className="font-serif font-bold group-hover:underline">{keepAmountsTogether(newer.title)}</span>
        </Link>
      )}
    </nav>
  );
}
