import { notFound } from "next/navigation";
import { getExchange, listExchangeSlugs, listExchangeTimeline } from "@/lib/content";
import { getExchangeScoreCard } from "@/lib/rankings";
import { incidentCards } from "@/lib/incident-cards";
import { buildMetadata } from "@/lib/metadata";
import { exchangePath } from "@/lib/routes";
import { exchangeFeedLink } from "@/lib/feeds/catalog";
import { ExchangeProfileView } from "@/components/exchanges/ExchangeProfileView";

export const dynamicParams = false;

export function generateStaticParams() {
  return listExchangeSlugs().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const exchange = getExchange((await params).slug);
  if (!exchange) return {};
  return buildMetadata({
    title: `${exchange.name}: security record`,
    description: `${exchange.name}: security incidents, losses, security checklist with sources, score and ranking history.`,
    path: exchangePath(exchange.slug),
    feeds: [exchangeFeedLink(exchange.slug, exchange.name)],
  });
}

export default async function ExchangePage({ params }: Props) {
  const { slug } = await params;
  const exchange = getExchange(slug);
  const card = getExchangeScoreCard(slug);
  if (!exchange || !card) notFound();
  return <ExchangeProfileView exchange={exchange} card={card} incidents={incidentCards(listExchangeTimeline(slug))} />;
}
