import Link from "next/link";
import type { IncidentSummary } from "@/lib/content";
import { getExchangeRefs } from "@/lib/content";
import { formatDate, keepAmountsTogether } from "@/lib/format";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { TagList } from "@/components/ui/TagList";
import { LossAmount } from "./LossAmount";

export function IncidentCard({ incident, headingLevel = 2 }: { incident: IncidentSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const exchanges = getExchangeRefs(incident.exchanges);
  return (
    <article className="flex flex-col gap-2 border-t border-zinc-300 pt-4 dark:border-zinc-700">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <StatusBadge status={incident.status} />
        <time dateTime={incident.date}>{formatDate(incident.date)}</time>
        <span aria-hidden="true">·</span>
        <LossAmount lossUsd={incident.lossUsd} />
      </div>
      <Heading className="font-serif text-xl font-bold leading-snug sm:text-2xl">
        <Link href={`/incidents/${incident.slug}`} className="hover:text-accent hover:underline dark:hover:text-accent-dark">
          {keepAmountsTogether(incident.title)}
        </Link>
      </Heading>
      <p className="text-zinc-700 dark:text-zinc-300">{incident.summary}</p>
      {exchanges.length > 0 && (
        <p className="text-sm">
          <span className="text-zinc-600 dark:text-zinc-400">Exchanges: </span>
          {exchanges.map((e, i) => (
            <span key={e.slug}>
              {i > 0 && ", "}
              <span className="font-semibold">{e.name}</span>
            </span>
          ))}
        </p>
      )}
      <TagList tags={incident.tags} />
    </article>
  );
}
