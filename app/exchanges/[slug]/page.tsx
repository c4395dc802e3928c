import { notFound } from "next/navigation";
import { getExchange, listExchangeSlugs, listExchangeTimeline } from "@/lib/content";
import { getExchangeScoreCard } from "@/lib/rankings";
import { buildMetadata } from "@/lib/metadata";
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
    path: `/exchanges/${exchange.slug}`,
    feeds: [exchangeFeedLink(exchange.slug, exchange.name)],
  });
}

export default async function ExchangePage({ params }: Props) {
  const { slug } = await params;
  const exchange = getExchange(slug);
  const card = getExchangeScoreCard(slug);
  if (!exchange || !card) notFound();
  return <ExchangeProfileView exchange={exchange} card={card} incidents={listExchangeTimeline(slug)} />;
}
