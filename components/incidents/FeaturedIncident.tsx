import Link from "next/link";
import type { IncidentSummary } from "@/lib/content";
import { getExchangeRefs } from "@/lib/content";
import { formatDate, keepAmountsTogether } from "@/lib/format";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { LossAmount } from "./LossAmount";

export function FeaturedIncident({ incident }: { incident: IncidentSummary }) {
  const exchanges = getExchangeRefs(incident.exchanges);
  return (
    <section aria-labelledby="featured-heading" className="mb-12 rounded border-l-4 border-accent bg-white/70 p-6 shadow-sm dark:border-accent-dark dark:bg-white/5">
      <p id="featured-heading" className="text-xs font-bold uppercase tracking-[0.18em] text-accent dark:text-accent-dark">
        Featured report
      </p>
      <h2 className="mt-2 font-serif text-2xl font-bold leading-tight sm:text-3xl">
        <Link href={`/incidents/${incident.slug}`} className="hover:underline">
          {keepAmountsTogether(incident.title)}
        </Link>
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <StatusBadge status={incident.status} />
        <time dateTime={incident.date}>{formatDate(incident.date)}</time>
        <span aria-hidden="true">·</span>
        <LossAmount lossUsd={incident.lossUsd} />
        {exchanges.length > 0 && (
          <>
            <span aria-hidden="true">·</span>
            <span>{exchanges.map((e) => e.name).join(", ")}</span>
          </>
        )}
      </div>
      <p className="mt-3 max-w-3xl text-lg text-zinc-700 dark:text-zinc-300">{incident.summary}</p>
    </section>
  );
}
