/**
 * The one metadata helper: every page builds its <head> facts through here — title, canonical,
 * Open Graph and Twitter cards, feed autodiscovery links, and schema.org JSON-LD.
 */
import type { Metadata } from "next";
import { siteConfig } from "@/config/site";
import { absoluteUrl } from "@/lib/env";
import { FEED_FORMATS, siteFeedLinks, type FeedLink } from "@/lib/feeds/catalog";
import type { ExchangeRef, Incident } from "@/lib/content/model";
import { OG_IMAGE_SIZE } from "@/lib/og";
import { aboutPath, exchangePath, explorerPath, homePath, incidentOgImagePath, incidentPath, logoPath, siteOgImagePath } from "@/lib/routes";

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
  /** Social card; defaults to the site card. Incident pages pass their generated card. */
  image?: { path: string; alt: string };
  /** Feeds specific to this page (a tag's or an exchange's), announced next to the site feeds. */
  feeds?: FeedLink[];
};

type AlternateTypes = Record<string, { url: string; title: string }[]>;

/**
 * `<link rel="alternate">` for feed readers. Next replaces a parent's `alternates` wholesale when a
 * page sets its own (for the canonical), so every page repeats the site feeds here.
 */
export function feedAlternates(pageFeeds: FeedLink[] = []): AlternateTypes {
  const types: AlternateTypes = {};
  // A page's own feed goes first: readers subscribing from a tag page usually want that tag.
  for (const link of [...pageFeeds, ...siteFeedLinks()]) {
    (types[FEED_FORMATS[link.format].mime] ??= []).push({ url: absoluteUrl(link.path), title: link.title });
  }
  return types;
}

export function buildMetadata(input: PageMetadataInput): Metadata {
  const description = input.description ?? siteConfig.description;
  const url = absoluteUrl(input.path);
  const fullTitle = input.title ? `${input.title} · ${siteConfig.name}` : `${siteConfig.name} — ${siteConfig.tagline}`;
  const card = input.image ?? { path: siteOgImagePath(), alt: `${siteConfig.name}: ${siteConfig.tagline}` };
  // Set explicitly: a page's `openGraph` replaces its parent's wholesale, so file-convention images would be lost.
  const images = [{ url: absoluteUrl(card.path), width: OG_IMAGE_SIZE.width, height: OG_IMAGE_SIZE.height, alt: card.alt, type: "image/png" }];
  return {
    title: input.title ?? { absolute: fullTitle },
    description,
    alternates: { canonical: url, types: feedAlternates(input.feeds) },
    openGraph: {
      title: fullTitle,
      description,
      url,
      siteName: siteConfig.name,
      locale: siteConfig.locale,
      type: input.type ?? "website",
      images,
      ...(input.type === "article"
        ? { publishedTime: input.publishedTime, modifiedTime: input.modifiedTime, tags: input.tags }
        : {}),
    },
    twitter: { card: "summary_large_image", title: fullTitle, description, site: siteConfig.socials.x.handle, images },
    robots: input.noindex ? { index: false, follow: true } : undefined,
  };
}

/* ---------- schema.org JSON-LD ---------- */

type JsonLd = Record<string, unknown>;

const ORGANIZATION_ID = absoluteUrl("/#organization");

function organization(): JsonLd {
  return {
    "@type": "NewsMediaOrganization",
    "@id": ORGANIZATION_ID,
    name: siteConfig.publisher,
    url: absoluteUrl("/"),
    logo: { "@type": "ImageObject", url: absoluteUrl(logoPath()), width: 144, height: 144 },
    sameAs: Object.values(siteConfig.socials).map((s) => s.href),
  };
}

/** Home page: the site and the organisation behind it. */
export function homeJsonLd(): JsonLd {
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "WebSite",
        "@id": absoluteUrl("/#website"),
        name: siteConfig.name,
        url: absoluteUrl("/"),
        description: siteConfig.description,
        inLanguage: siteConfig.language,
        publisher: { "@id": ORGANIZATION_ID },
      },
      organization(),
    ],
  };
}

function personOrStaff(author: string): JsonLd {
  return author.startsWith(siteConfig.name)
    ? { "@type": "Organization", name: author, url: absoluteUrl(aboutPath()) }
    : { "@type": "Person", name: author };
}

/** Article page: NewsArticle (dateModified from the updates log) and its breadcrumb trail. */
export function incidentJsonLd(incident: Incident, exchanges: ExchangeRef[]): JsonLd {
  const url = absoluteUrl(incidentPath(incident.slug));
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "NewsArticle",
        "@id": `${url}#article`,
        headline: incident.title,
        description: incident.summary,
        url,
        mainEntityOfPage: url,
        datePublished: incident.date,
        dateModified: incident.updated,
        inLanguage: siteConfig.language,
        author: [personOrStaff(incident.author)],
        publisher: organization(),
        image: [absoluteUrl(incidentOgImagePath(incident.slug))],
        keywords: incident.tags,
        about: exchanges.map((e) => ({ "@type": "Organization", name: e.name, url: absoluteUrl(exchangePath(e.slug)) })),
      },
      {
        "@type": "BreadcrumbList",
        itemListElement: [
          { name: siteConfig.name, path: homePath() },
          { name: "Incidents", path: explorerPath() },
          { name: incident.title, path: incidentPath(incident.slug) },
        ].map((crumb, i) => ({ "@type": "ListItem", position: i + 1, name: crumb.name, item: absoluteUrl(crumb.path) })),
      },
    ],
  };
}

/**
 * JSON for a <script type="application/ld+json">. HTML ends the script at the first "</script",
 * whatever JSON thinks, so `<` (and `>`, `&`, and the JS line separators) are written as \u escapes.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
