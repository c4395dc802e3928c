/** The one metadata helper: every page builds its <head> facts through here. */
import type { Metadata } from "next";
import { siteConfig } from "@/config/site";
import { absoluteUrl } from "@/lib/env";

type PageMetadataInput = {
  title?: string;
  description?: string;
  /** Path of the page, e.g. "/incidents/okex-2017"; becomes the canonical URL. */
  path: string;
  type?: "website" | "article";
  publishedTime?: string;
  modifiedTime?: string;
  tags?: string[];
  noindex?: boolean;
};

export function buildMetadata(input: PageMetadataInput): Metadata {
  const description = input.description ?? siteConfig.description;
  const url = absoluteUrl(input.path);
  const fullTitle = input.title ? `${input.title} · ${siteConfig.name}` : `${siteConfig.name} — ${siteConfig.tagline}`;
  return {
    title: input.title ?? { absolute: fullTitle },
    description,
    alternates: { canonical: url },
    openGraph: {
      title: fullTitle,
      description,
      url,
      siteName: siteConfig.name,
      locale: siteConfig.locale,
      type: input.type ?? "website",
      ...(input.type === "article"
        ? { publishedTime: input.publishedTime, modifiedTime: input.modifiedTime, tags: input.tags }
        : {}),
    },
    twitter: { card: "summary_large_image", title: fullTitle, description, site: siteConfig.socials.x.handle },
    robots: input.noindex ? { index: false, follow: true } : undefined,
  };
}
