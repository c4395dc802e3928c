import { notFound } from "next/navigation";
import { siteConfig } from "@/config/site";
import {
  getAdjacentIncidents,
  getExchangeRefs,
  getIncident,
  listIncidentSlugs,
  listRelatedIncidents,
} from "@/lib/content";
import { incidentCards } from "@/lib/incident-cards";
import { buildMetadata, incidentJsonLd } from "@/lib/metadata";
import { JsonLd } from "@/components/seo/JsonLd";
import { ArticleView } from "@/components/incidents/ArticleView";
import { SearchRecordMeta } from "@/components/search/SearchRecordMeta";
import { incidentOgImagePath, incidentPath } from "@/lib/routes";

export const dynamicParams = false;

export function generateStaticParams() {
  return listIncidentSlugs().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const incident = getIncident((await params).slug);
  if (!incident) return {};
  return buildMetadata({
    title: incident.title,
    description: incident.summary,
    path: incidentPath(incident.slug),
    type: "article",
    publishedTime: incident.date,
    modifiedTime: incident.updated,
    tags: incident.tags,
    image: { path: incidentOgImagePath(incident.slug), alt: `${incident.title}: ${incident.status}, card from ${siteConfig.name}` },
  });
}

const RELATED_COUNT = 4;

export default async function IncidentPage({ params }: Props) {
  const { slug } = await params;
  const incident = getIncident(slug);
  if (!incident) notFound();
  const exchanges = getExchangeRefs(incident.exchanges);
  return (
    <>
      <JsonLd data={incidentJsonLd(incident, exchanges)} />
      <SearchRecordMeta incident={incident} />
      <ArticleView
        incident={incident}
        exchanges={exchanges}
        related={incidentCards(listRelatedIncidents(slug, RELATED_COUNT))}
        adjacent={getAdjacentIncidents(slug)}
      />
    </>
  );
}

