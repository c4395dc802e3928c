import { notFound } from "next/navigation";
import { siteConfig } from "@/config/site";
import { countTagPages, listIncidentsByTagPage, listTagSlugs } from "@/lib/content";
import { buildMetadata } from "@/lib/metadata";
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
  return buildMetadata({ title: `#${tag} — page ${page}`, path: `/tags/${tag}/page/${page}`, feeds: [tagFeedLink(tag)] });
}

export default async function TagArchivePage({ params }: Props) {
  const { tag, page: raw } = await params;
  const page = parsePageParam(raw);
  if (!page) notFound();
  return <TagArchive tag={tag} result={listIncidentsByTagPage(tag, page, siteConfig.pageSize)} />;
}
