import { notFound } from "next/navigation";
import { getExchangeProfile, listExchangeSlugs, listIncidentsByExchange } from "@/lib/content";
import { buildMetadata } from "@/lib/metadata";
import { exchangeFeedLink } from "@/lib/feeds/catalog";
import { ExchangeProfileView } from "@/components/exchanges/ExchangeProfileView";

export const dynamicParams = false;

export function generateStaticParams() {
  return listExchangeSlugs().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const exchange = getExchangeProfile((await params).slug);
  if (!exchange) return {};
  return buildMetadata({
    title: `${exchange.name}: security record`,
    description: `Security incidents and facts for ${exchange.name}.`,
    path: `/exchanges/${exchange.slug}`,
    feeds: [exchangeFeedLink(exchange.slug, exchange.name)],
  });
}

export default async function ExchangePage({ params }: Props) {
  const { slug } = await params;
  const exchange = getExchangeProfile(slug);
  if (!exchange) notFound();
  return <ExchangeProfileView exchange={exchange} incidents={listIncidentsByExchange(slug)} />;
}
