import Link from "next/link";
import type { Rankings } from "@/lib/rankings";
import { PageHeading } from "@/components/ui/PageHeading";
import { ClosedExchangesTable, SecurityRankingTable, UnratedExchangesTable } from "./SecurityRankingTable";
import { MarketRankingTable } from "./MarketRankingTable";
import { LeaderboardTable } from "./LeaderboardTable";
import { rankingsMethodologyPath } from "@/lib/routes";

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mb-12">
      <h2 id={`${id}-heading`} className="mb-3 font-serif text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function RankingsView({ rankings }: { rankings: Rankings }) {
  return (
    <>
      <PageHeading
        eyebrow="Rankings"
        title="Exchange rankings"
        lead={
          <>
            How safe is an exchange compared with others, and how big is it? Every number is sourced and dated; every
            score can be traced on the exchange&rsquo;s profile. Select a column heading to sort.{" "}
            <Link href={rankingsMethodologyPath()} className="underline">
              Methodology
            </Link>
            .
          </>
        }
      />
      <Section id="security" title="Security ranking">
        <SecurityRankingTable rows={rankings.security.rows} sort={rankings.security.sort} />
      </Section>
      <Section id="unrated" title="Not enough data to rank">
        <UnratedExchangesTable rows={rankings.security.unrated} />
      </Section>
      <Section id="closed" title="Closed, collapsed and renamed exchanges">
        <ClosedExchangesTable rows={rankings.security.closed} />
      </Section>
      <Section id="market" title="Market ranking">
        <MarketRankingTable rows={rankings.market.rows} sort={rankings.market.sort} />
      </Section>
      <Section id="incidents" title="Largest incidents">
        <LeaderboardTable {...rankings.leaderboard} />
      </Section>
    </>
  );
}
