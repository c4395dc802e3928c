import type { ExchangeProfile, IncidentSummary } from "@/lib/content";
import { PageHeading } from "@/components/ui/PageHeading";
import { IncidentList } from "@/components/incidents/IncidentList";

export function ExchangeProfileView({ exchange, incidents }: { exchange: ExchangeProfile; incidents: IncidentSummary[] }) {
  return (
    <>
      <PageHeading eyebrow="Exchange" title={exchange.name} />
      <dl className="mb-8 grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">Country</dt>
        <dd>{exchange.country}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Founded</dt>
        <dd>{exchange.founded ?? "Unknown"}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Status</dt>
        <dd className="capitalize">{exchange.status}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Website</dt>
        <dd>
          <a href={exchange.website} rel="noopener noreferrer" className="underline">
            {exchange.website}
          </a>
        </dd>
      </dl>
      <div className="prose prose-zinc mb-10 max-w-3xl dark:prose-invert" dangerouslySetInnerHTML={{ __html: exchange.html }} />
      <h2 className="mb-4 font-serif text-2xl font-bold">Incidents</h2>
      <IncidentList incidents={incidents} headingLevel={3} />
    </>
  );
}
