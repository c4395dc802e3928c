import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { siteConfig } from "@/config/site";
import { getIncidentSummary, listIncidentSlugs } from "@/lib/content";
import { OG_IMAGE_SIZE } from "@/lib/og";
import { IncidentCard } from "@/components/og/cards";

export const dynamicParams = false;
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = `${siteConfig.name} incident report: headline, status and reported loss`;

export function generateStaticParams() {
  return listIncidentSlugs().map((slug) => ({ slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const incident = getIncidentSummary((await params).slug);
  if (!incident) notFound();
  return new ImageResponse(<IncidentCard siteName={siteConfig.name} incident={incident} />, size);
}
