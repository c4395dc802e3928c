import Link from "next/link";
import type { OpenDataIncident } from "@/lib/opendata/schema";
import type { IncidentStatus } from "@/lib/content/model";
import { formatDate } from "@/lib/format";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { TagList } from "@/components/ui/TagList";
import { LossAmount } from "@/components/incidents/LossAmount";

/** The explorer's card, rendered in the browser from the compact open-data record. */
export function ExplorerResultCard({ incident, exchangeNames }: { incident: OpenDataIncident; exchangeNames: Record<string, string> }) {
  return (
    <article className="flex flex-col gap-2 border-t border-zinc-300 pt-4 dark:border-zinc-700">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <StatusBadge status={incident.status as IncidentStatus} />
        <time dateTime={incident.date}>{formatDate(incident.date)}</time>
        <span aria-hidden="true">·</span>
        <LossAmount lossUsd={incident.lossUsd ?? undefined} />
      </div>
      <h2 className="font-serif text-xl font-bold leading-snug sm:text-2xl">
        <Link href={`/incidents/${incident.slug}`} className="hover:text-accent hover:underline dark:hover:text-accent-dark">
          {incident.title}
        </Link>
      </h2>
      <p className="text-zinc-700 dark:text-zinc-300">{incident.summary}</p>
      {incident.exchanges.length > 0 && (
        <p className="text-sm">
          <span className="text-zinc-600 dark:text-zinc-400">Exchanges: </span>
          <span className="font-semibold">{incident.exchanges.map((e) => exchangeNames[e] ?? e).join(", ")}</span>
        </p>
      )}
      <TagList tags={[...incident.tags]} />
    </article>
  );
}
