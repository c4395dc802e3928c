import { notFound } from "next/navigation";
import { siteConfig } from "@/config/site";
import { listIncidentsByTagPage, listTagSlugs } from "@/lib/content";
import { incidentCardPage } from "@/lib/incident-cards";
import { buildMetadata } from "@/lib/metadata";
import { tagPath } from "@/lib/routes";
import { tagFeedLink } from "@/lib/feeds/catalog";
import { TagArchive } from "@/components/incidents/TagArchive";

export const dynamicParams = false;

export function generateStaticParams() {
  return listTagSlugs().map((tag) => ({ tag }));
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props) {
  const { tag } = await params;
  return buildMetadata({ title: `#${tag}`, description: `Crypto-security incidents tagged ${tag}.`, path: tagPath(tag), feeds: [tagFeedLink(tag)] });
}

export default async function TagPage({ params }: Props) {
  const { tag } = await params;
  const result = listIncidentsByTagPage(tag, 1, siteConfig.pageSize);
  if (result.totalItems === 0) notFound();
  return <TagArchive tag={tag} result={incidentCardPage(result)} />;
}
