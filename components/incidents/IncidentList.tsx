import { IncidentCard, type IncidentCardData } from "./IncidentCard";

export function IncidentList({ incidents, headingLevel = 2 }: { incidents: readonly IncidentCardData[]; headingLevel?: 2 | 3 }) {
  if (incidents.length === 0) return <p className="text-zinc-600 dark:text-zinc-400">No incidents yet.</p>;
  return (
    <ol className="grid gap-8 md:grid-cols-2">
      {incidents.map((incident) => (
        <li key={incident.slug}>
          <IncidentCard incident={incident} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
