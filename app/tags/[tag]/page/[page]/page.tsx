import { notFound } from "next/navigation";
import { siteConfig } from "@/config/site";
import { countTagPages, listIncidentsByTagPage, listTagSlugs } from "@/lib/content";
import { incidentCardPage } from "@/lib/incident-cards";
import { buildMetadata } from "@/lib/metadata";
import { tagPath } from "@/lib/routes";
import { tagFeedLink } from "@/lib/feeds/catalog";
import { pageParams, parsePageParam } from "@/lib/routing";
import { TagArchive } from "@/components/incidents/TagArchive";

export const dynamicParams = false;

export function generateStaticParams() {
  return listTagSlugs().flatMap((tag) =>
    pageParams(countTagPages(tag, siteConfig.pageSize)).map((p) => ({ tag, ...p })),
  );
}

type Props = { params: Promise<{ tag: string; page: string }> };

export async function generateMetadata({ params }: Props) {
  const { tag, page } = await params;
  return buildMetadata({ title: `#${tag} — page ${page}`, path: tagPath(tag, Number(page)), feeds: [tagFeedLink(tag)] });
}

export default async function TagArchivePage({ params }: Props) {
  const { tag, page: raw } = await params;
  const page = parsePageParam(raw);
  if (!page) notFound();
  return <TagArchive tag={tag} result={incidentCardPage(listIncidentsByTagPage(tag, page, siteConfig.pageSize))} />;
}
