import Link from "next/link";
import type { Exchange } from "@/lib/content";
import type { IncidentCardData } from "@/components/incidents/IncidentCard";
import type { ExchangeScoreCard } from "@/lib/rankings";
import { PageHeading } from "@/components/ui/PageHeading";
import { ExchangeStatus } from "./ExchangeStatus";
import { SecurityChecklist } from "./SecurityChecklist";
import { RankingHistory } from "./RankingHistory";
import { IncidentTimeline } from "./IncidentTimeline";
import { ScoreBreakdown } from "./ScoreBreakdown";
import { formatDate } from "@/lib/format";
import { exchangeFeedLink } from "@/lib/feeds/catalog";
import { RssIcon } from "@/components/feeds/RssIcon";
import { exchangePath } from "@/lib/routes";

const RELATION_LABELS = { sister: "Sister exchange", parent: "Parent exchange", subsidiary: "Subsidiary" } as const;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mb-12">
      <h2 id={`${id}-heading`} className="mb-4 font-serif text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Successor, sister/parent links and predecessors; one entry per exchange, with every way it is related. */
function RelatedExchanges({ exchange }: { exchange: Exchange }) {
  const bySlug = new Map<string, { name: string; labels: string[] }>();
  const add = (slug: string, name: string, label: string) => {
    const entry = bySlug.get(slug) ?? { name, labels: [] };
    entry.labels.push(label);
    bySlug.set(slug, entry);
  };
  if (exchange.successor) add(exchange.successor.slug, exchange.successor.name, "Successor");
  for (const r of [...exchange.relations, ...exchange.relatedFrom]) add(r.slug, r.name, RELATION_LABELS[r.kind]);
  for (const p of exchange.predecessors) add(p.slug, p.name, p.status === "renamed" ? "Renamed to this exchange" : "Merged into this exchange");
  if (bySlug.size === 0) return <p className="text-zinc-600 dark:text-zinc-400">No sister, parent or successor exchanges.</p>;
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {[...bySlug.entries()].map(([slug, item]) => (
        <li key={slug} className="rounded border border-zinc-300 px-3 py-2 dark:border-zinc-700">
          <span className="block text-xs font-bold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{item.labels.join(" · ")}</span>
          <Link href={exchangePath(slug)} className="font-semibold underline">
            {item.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function ExchangeProfileView({
  exchange,
  incidents,
  card,
}: {
  exchange: Exchange;
  incidents: IncidentCardData[];
  card: ExchangeScoreCard;
}) {
  return (
    <>
      <PageHeading eyebrow="Exchange" title={exchange.name} />
      <p className="-mt-4 mb-6 text-sm">
        <a href={exchangeFeedLink(exchange.slug, exchange.name).path} className="inline-flex min-h-6 items-center gap-1.5 underline underline-offset-2">
          <RssIcon />
          Follow {exchange.name} incidents by RSS
        </a>
      </p>
      {exchange.successor && (
        <p role="note" className="mb-6 max-w-3xl border-l-4 border-accent pl-3 dark:border-accent-dark">
          {exchange.name} {exchange.status === "renamed" ? "was renamed" : "merged into"}{" "}
          <Link href={exchangePath(exchange.successor.slug)} className="font-semibold underline">
            {exchange.successor.name}
          </Link>
          . Its incidents also count in {exchange.successor.name}&rsquo;s record; current facts are on that page.
        </p>
      )}
      <dl className="mb-8 grid max-w-2xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">Country or jurisdiction</dt>
        <dd>{exchange.country}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Founded</dt>
        <dd className="tabular">{exchange.founded ?? <span className="italic">Unknown</span>}</dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Status</dt>
        <dd>
          <ExchangeStatus status={exchange.status} successor={exchange.successor} />
          {exchange.closed !== undefined && <span className="tabular"> (stopped operating in {exchange.closed})</span>}
        </dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Website</dt>
        <dd>
          {exchange.website ? (
            <a href={exchange.website} rel="noopener noreferrer" className="underline">
              {exchange.website}
            </a>
          ) : (
            <span className="italic">None listed</span>
          )}
        </dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Incidents</dt>
        <dd className="tabular">
          {card.aggregate.incidentCount}
          {exchange.predecessors.length > 0 && <> (including {exchange.predecessors.map((p) => p.name).join(" and ")})</>}
        </dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Facts last checked</dt>
        <dd>
          <time dateTime={exchange.checkedAt}>{formatDate(exchange.checkedAt)}</time>
        </dd>
      </dl>
      <div className="prose prose-zinc mb-12 max-w-3xl dark:prose-invert" dangerouslySetInnerHTML={{ __html: exchange.html }} />
      <Section id="incidents" title="Incident history">
        <IncidentTimeline name={exchange.name} incidents={incidents} aggregate={card.aggregate} />
      </Section>
      <Section id="related" title="Related exchanges">
        <RelatedExchanges exchange={exchange} />
      </Section>
      <Section id="security" title="Security checklist">
        <SecurityChecklist name={exchange.name} facts={exchange.security} today={card.asOf} />
      </Section>
      <Section id="score" title="Security score">
        <ScoreBreakdown name={exchange.name} card={card} />
      </Section>
      <Section id="rankings" title="Ranking history">
        <RankingHistory name={exchange.name} snapshots={exchange.rankings} />
      </Section>
    </>
  );
}
