import Link from "next/link";
import type { ExchangeRef, IncidentStatus } from "@/lib/content/model";
import { formatDate, keepAmountsTogether } from "@/lib/format";
import { incidentPath, exchangePath } from "@/lib/routes";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { TagList } from "@/components/ui/TagList";
import { LossAmount } from "./LossAmount";

/**
 * What a card shows, as plain values: pages and the explorer map their records to this, so the card
 * never queries the content store and client components can render it too.
 */
export type IncidentCardData = {
  slug: string;
  title: string;
  /** Publication date. */
  date: string;
  /** When it happened, if known; the timeline dates by this. */
  incidentDate?: string;
  status: IncidentStatus;
  lossUsd?: number;
  summary: string;
  tags: readonly string[];
  exchanges: readonly ExchangeRef[];
  /** On an exchange's timeline: the predecessor the incident is filed under, when it is not the exchange itself. */
  asExchange?: ExchangeRef;
};

type IncidentCardProps = {
  incident: IncidentCardData;
  /**
   * "list" (default): a card in a grid of results. "featured": the home page's lead report.
   * "timeline": date, status and title only, for an exchange's incident timeline (inside its <li>).
   */
  variant?: "list" | "featured" | "timeline";
  headingLevel?: 2 | 3;
};

function TitleLink({ incident, className }: { incident: IncidentCardData; className: string }) {
  return (
    <Link href={incidentPath(incident.slug)} className={className}>
      {keepAmountsTogether(incident.title)}
    </Link>
  );
}

const TITLE_LINK_CLASS = "hover:text-accent hover:underline dark:hover:text-accent-dark";

export function IncidentCard({ incident, variant = "list", headingLevel = 2 }: IncidentCardProps) {
  if (variant === "featured") return <FeaturedCard incident={incident} />;
  if (variant === "timeline") return <TimelineCard incident={incident} />;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const { exchanges } = incident;
  return (
    <article className="flex flex-col gap-2 border-t border-zinc-300 pt-4 dark:border-zinc-700">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <StatusBadge status={incident.status} />
        <time dateTime={incident.date}>{formatDate(incident.date)}</time>
        <span aria-hidden="true">·</span>
        <LossAmount lossUsd={incident.lossUsd} />
      </div>
      <Heading className="font-serif text-xl font-bold leading-snug sm:text-2xl">
        <TitleLink incident={incident} className={TITLE_LINK_CLASS} />
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

function FeaturedCard({ incident }: { incident: IncidentCardData }) {
  const { exchanges } = incident;
  return (
    <section aria-labelledby="featured-heading" className="mb-12 rounded border-l-4 border-accent bg-white/70 p-6 shadow-sm dark:border-accent-dark dark:bg-white/5">
      <p id="featured-heading" className="text-xs font-bold uppercase tracking-[0.18em] text-accent dark:text-accent-dark">
        Featured report
      </p>
      <h2 className="mt-2 font-serif text-2xl font-bold leading-tight sm:text-3xl">
        <TitleLink incident={incident} className="hover:underline" />
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

function TimelineCard({ incident }: { incident: IncidentCardData }) {
  const when = incident.incidentDate ?? incident.date;
  return (
    <>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <time dateTime={when}>{formatDate(when)}</time>
        {incident.asExchange && (
          <span className="font-semibold">
            as{" "}
            <Link href={exchangePath(incident.asExchange.slug)} className="underline">
              {incident.asExchange.name}
            </Link>
            , {when.slice(0, 4)}
          </span>
        )}
        <StatusBadge status={incident.status} />
        <LossAmount lossUsd={incident.lossUsd} />
      </div>
      <h3 className="mt-1 font-serif text-lg font-bold">
        <TitleLink incident={incident} className={TITLE_LINK_CLASS} />
      </h3>
    </>
  );
}
