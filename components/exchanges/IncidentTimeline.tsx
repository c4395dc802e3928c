import Link from "next/link";
import type { TimelineEntry } from "@/lib/content";
import type { IncidentAggregate } from "@/lib/rankings";
import { formatDate, formatUsd, keepAmountsTogether } from "@/lib/format";
import { describeUnknownLosses } from "@/lib/losses";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { LossAmount } from "@/components/incidents/LossAmount";

export function IncidentTimeline({ name, incidents, aggregate }: { name: string; incidents: TimelineEntry[]; aggregate: IncidentAggregate }) {
  if (incidents.length === 0) return <p className="text-zinc-600 dark:text-zinc-400">We have reported no incidents at {name}.</p>;
  const unknown = describeUnknownLosses(aggregate.unknownLossCount);
  return (
    <>
      <p className="mb-4">
        {aggregate.incidentCount} {aggregate.incidentCount === 1 ? "incident" : "incidents"}, total reported losses{" "}
        <data value={aggregate.knownLossUsd} className="tabular font-semibold">
          {formatUsd(aggregate.knownLossUsd)}
        </data>
        {unknown && <> ({unknown})</>}.
      </p>
      <ol aria-label={`Incidents at ${name}, oldest first`} className="relative border-l-2 border-zinc-300 pl-5 dark:border-zinc-700">
        {incidents.map((incident) => {
          const when = incident.incidentDate ?? incident.date;
          return (
            <li key={incident.slug} className="mb-6">
              <span aria-hidden="true" className="absolute -left-[7px] mt-1.5 h-3 w-3 rounded-full bg-accent dark:bg-accent-dark" />
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
                <time dateTime={when}>{formatDate(when)}</time>
                {incident.asExchange && (
                  <span className="font-semibold">
                    as{" "}
                    <Link href={`/exchanges/${incident.asExchange.slug}`} className="underline">
                      {incident.asExchange.name}
                    </Link>
                    , {when.slice(0, 4)}
                  </span>
                )}
                <StatusBadge status={incident.status} />
                <LossAmount lossUsd={incident.lossUsd} />
              </div>
              <h3 className="mt-1 font-serif text-lg font-bold">
                <Link href={`/incidents/${incident.slug}`} className="hover:text-accent hover:underline dark:hover:text-accent-dark">
                  {keepAmountsTogether(incident.title)}
                </Link>
              </h3>
            </li>
          );
        })}
      </ol>
    </>
  );
}
