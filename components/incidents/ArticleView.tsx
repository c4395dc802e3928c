import Link from "next/link";
import type { ExchangeRef, Incident, IncidentSummary } from "@/lib/content";
import { explorerPath, incidentPath } from "@/lib/routes";
import { STATUS_INFO } from "@/lib/content/model";
import { formatDate, keepAmountsTogether } from "@/lib/format";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { TagList } from "@/components/ui/TagList";
import { IncidentFacts } from "./IncidentFacts";
import { TableOfContents } from "./TableOfContents";
import { SourceList } from "./SourceList";
import { UpdatesLog } from "./UpdatesLog";
import { PublicationBanner } from "./PublicationBanner";
import { AdjacentIncidents } from "./AdjacentIncidents";
import type { IncidentCardData } from "./IncidentCard";
import { IncidentList } from "./IncidentList";
import { NewsletterSignup } from "@/components/newsletter/NewsletterSignup";

/**
 * Search facets for Pagefind, read from the prerendered HTML at index time. Only the title,
 * summary and body carry data-pagefind-body, so navigation and footers stay out of the index.
 */
function SearchFilters({ incident, exchanges }: { incident: Incident; exchanges: ExchangeRef[] }) {
  return (
    <div hidden>
      <span data-pagefind-filter={`status:${STATUS_INFO[incident.status].label}`} />
      {incident.tags.map((tag) => (
        <span key={tag} data-pagefind-filter={`tag:${tag}`} />
      ))}
      {exchanges.map((e) => (
        <span key={e.slug} data-pagefind-filter={`exchange:${e.name}`} />
      ))}
    </div>
  );
}

type ArticleViewProps = {
  incident: Incident;
  exchanges: ExchangeRef[];
  related: IncidentCardData[];
  adjacent: { newer?: IncidentSummary; older?: IncidentSummary };
};

export function ArticleView({ incident, exchanges, related, adjacent }: ArticleViewProps) {
  const wasUpdated = incident.updated !== incident.date;
  return (
    <>
      {/* Facts and contents come right after the headline in the source, so a phone shows them before the
          body and the keyboard reaches them early; on wide screens the grid puts them beside the body. The
          1fr second row takes the aside's extra height instead of opening a gap under the headline. */}
      <article
        aria-labelledby="article-title"
        className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem] lg:grid-rows-[auto_1fr] lg:gap-y-0"
      >
        <div className="min-w-0 lg:col-start-1 lg:row-start-1">
          <nav aria-label="Breadcrumb" className="no-print mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            <Link href={explorerPath()} className="underline-offset-2 hover:underline">
              Incidents
            </Link>{" "}
            <span aria-hidden="true">/</span> <span aria-current="page">{incident.title}</span>
          </nav>
          <PublicationBanner draft={incident.draft} scheduled={incident.scheduled} date={incident.date} />
          <header className="border-b border-zinc-300 pb-6 dark:border-zinc-700">
            <div className="flex flex-wrap items-center gap-3">
              <StatusBadge status={incident.status} />
              <p className="text-sm text-zinc-700 dark:text-zinc-300">{STATUS_INFO[incident.status].meaning}</p>
            </div>
            <h1 id="article-title" data-pagefind-body data-pagefind-meta="title" className="mt-3 font-serif text-3xl font-bold leading-tight sm:text-5xl">{keepAmountsTogether(incident.title)}</h1>
            <p data-pagefind-body className="mt-4 text-lg text-zinc-700 dark:text-zinc-300">
              {incident.summary}
            </p>
            <SearchFilters incident={incident} exchanges={exchanges} />
            <p className="mt-4 flex flex-wrap gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
              <span>By {incident.author}</span>
              <span aria-hidden="true">·</span>
              <span>
                Published <time dateTime={incident.date}>{formatDate(incident.date)}</time>
              </span>
              {wasUpdated && (
                <>
                  <span aria-hidden="true">·</span>
                  <span>
                    Updated <time dateTime={incident.updated}>{formatDate(incident.updated)}</time>
                  </span>
                </>
              )}
              <span aria-hidden="true">·</span>
              <span>{incident.readingMinutes} min read</span>
            </p>
          </header>
        </div>
        <aside className="space-y-6 lg:sticky lg:top-6 lg:col-start-2 lg:row-span-2 lg:row-start-1 lg:self-start" aria-label="Incident facts">
          <IncidentFacts incident={incident} exchanges={exchanges} />
          <TableOfContents toc={incident.toc} />
        </aside>
        <div className="min-w-0 lg:col-start-1 lg:row-start-2">
          <UpdatesLog updates={incident.updates} timeline={incident.statusTimeline} />
          <div
            data-pagefind-body
            className="prose prose-zinc mt-8 max-w-none first:mt-0 lg:first:mt-8 dark:prose-invert prose-headings:font-serif prose-a:text-accent dark:prose-a:text-accent-dark"
            dangerouslySetInnerHTML={{ __html: incident.html }}
          />
          <SourceList sources={incident.sources} />
          <TagList tags={incident.tags} className="mt-8" />
        </div>
      </article>
      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="no-print mt-12">
          <h2 id="related-heading" className="mb-4 font-serif text-2xl font-bold">
            Related incidents
          </h2>
          <IncidentList incidents={related} headingLevel={3} />
        </section>
      )}
      <NewsletterSignup source={incidentPath(incident.slug)} />
      <AdjacentIncidents newer={adjacent.newer} older={adjacent.older} />
    </>
  );
}
