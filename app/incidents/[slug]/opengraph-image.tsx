import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { siteConfig } from "@/config/site";
import { getIncidentSummary } from "@/lib/content";
import { OG_IMAGE_SIZE } from "@/lib/og";
import { IncidentCard } from "@/components/og/cards";

export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = `${siteConfig.name} incident report: headline, status and reported loss`;

// Rendered on first request, then kept (ISR with no revalidation) until the next build: one PNG per
// report at build time was a third of static generation, for cards only social networks ever fetch.
// An empty list (not a missing export) is what makes Next cache the first render instead of
// rendering per request; unknown slugs still answer 404 below.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const incident = getIncidentSummary((await params).slug);
  if (!incident) notFound();
  return new ImageResponse(<IncidentCard siteName={siteConfig.name} incident={incident} />, size);
}
