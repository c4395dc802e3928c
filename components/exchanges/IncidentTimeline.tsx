import type { IncidentAggregate } from "@/lib/rankings";
import { formatUsd } from "@/lib/format";
import { describeUnknownLosses } from "@/lib/losses";
import { IncidentCard, type IncidentCardData } from "@/components/incidents/IncidentCard";

export function IncidentTimeline({ name, incidents, aggregate }: { name: string; incidents: IncidentCardData[]; aggregate: IncidentAggregate }) {
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
        {incidents.map((incident) => (
          <li key={incident.slug} className="mb-6">
            <span aria-hidden="true" className="absolute -left-[7px] mt-1.5 h-3 w-3 rounded-full bg-accent dark:bg-accent-dark" />
            <IncidentCard incident={incident} variant="timeline" />
          </li>
        ))}
      </ol>
    </>
  );
}
