import { notFound } from "next/navigation";
import { siteConfig } from "@/config/site";
import { countIncidentPages, listIncidentsPage } from "@/lib/content";
import { incidentCardPage } from "@/lib/incident-cards";
import { buildMetadata } from "@/lib/metadata";
import { incidentArchivePath } from "@/lib/routes";
import { pageParams, parsePageParam } from "@/lib/routing";
import { IncidentArchive } from "@/components/incidents/IncidentArchive";

export const dynamicParams = false;

export function generateStaticParams() {
  return pageParams(countIncidentPages(siteConfig.pageSize));
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props) {
  const { page } = await params;
  return buildMetadata({ title: `All incidents — page ${page}`, path: incidentArchivePath(Number(page)) });
}

export default async function IncidentsArchivePage({ params }: Props) {
  const page = parsePageParam((await params).page);
  if (!page) notFound();
  return <IncidentArchive result={incidentCardPage(listIncidentsPage(page, siteConfig.pageSize))} />;
}
