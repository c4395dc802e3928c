import Link from "next/link";
import { getArchiveExtent, getFeaturedIncident, listLatestIncidents } from "@/lib/content";
import { incidentCard, incidentCards } from "@/lib/incident-cards";
import { buildMetadata, homeJsonLd } from "@/lib/metadata";
import { aboutPath, explorerPath, homePath, statsPath } from "@/lib/routes";
import { JsonLd } from "@/components/seo/JsonLd";
import { IncidentList } from "@/components/incidents/IncidentList";
import { IncidentCard } from "@/components/incidents/IncidentCard";
import { NewsletterSignup } from "@/components/newsletter/NewsletterSignup";

export const metadata = buildMetadata({ path: homePath() });

const HOME_COUNT = 8;

export default function HomePage() {
  const featured = getFeaturedIncident();
  const latest = listLatestIncidents(HOME_COUNT, { exclude: featured?.slug });
  const extent = getArchiveExtent();
  return (
    <>
      <JsonLd data={homeJsonLd()} />
      <section aria-labelledby="lead-heading" className="mb-10 grid gap-6 border-b border-zinc-300 pb-8 md:grid-cols-[2fr_1fr] dark:border-zinc-700">
        <div>
          <h1 id="lead-heading" className="font-serif text-3xl font-bold leading-tight sm:text-5xl">
            When crypto exchanges get breached, we write down what is known — and how we know it.
          </h1>
        </div>
        <div className="text-zinc-700 dark:text-zinc-300">
          <h2 className="text-xs font-bold uppercase tracking-[0.18em] text-accent dark:text-accent-dark">What we cover</h2>
          <p className="mt-2">
            Exchange hacks, stolen keys, account takeovers and insider thefts. Every report states its status —
            reported, denied, confirmed or resolved — the reported loss, and the public sources behind it. Corrections
            are logged on the article, never silently made.
          </p>
          <p className="mt-2" data-testid="archive-extent">
            The archive holds <strong>{extent.count.toLocaleString("en-US")} incident reports</strong>
            {extent.firstYear && extent.lastYear && (
              <>
                {" "}
                from {extent.firstYear} to {extent.lastYear}
              </>
            )}
            , each citing its public sources. <Link href={explorerPath()} className="underline underline-offset-2">Explore them</Link> or see the{" "}
            <Link href={statsPath()} className="underline underline-offset-2">statistics</Link>.
          </p>
          <p className="mt-2">
            <Link href={aboutPath()} className="font-semibold underline underline-offset-2">
              Read our editorial policy
            </Link>
          </p>
        </div>
      </section>
      {featured && <IncidentCard incident={incidentCard(featured)} variant="featured" />}
      <h2 className="mb-4 text-xs font-bold uppercase tracking-[0.18em] text-zinc-600 dark:text-zinc-400">Latest reports</h2>
      <IncidentList incidents={incidentCards(latest)} headingLevel={3} />
      <p className="mt-10">
        <Link href={explorerPath()} className="font-semibold underline underline-offset-2">
          All incidents →
        </Link>
      </p>
      <NewsletterSignup source={homePath()} />
    </>
  );
}
