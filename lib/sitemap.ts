/** Every published page for app/sitemap.ts, with lastModified taken from the content's own dates. */
import type { MetadataRoute } from "next";
import { siteConfig } from "@/config/site";
import { absoluteUrl } from "@/lib/env";
import { countIncidentPages, countTagPages, listExchangeDates, listIncidentDates, listTagDates } from "@/lib/content";
import { pageParams } from "@/lib/routing";

type Entry = MetadataRoute.Sitemap[number];

function entry(path: string, updated: string | undefined, priority: number): Entry {
  return { url: absoluteUrl(path), ...(updated ? { lastModified: updated } : {}), priority };
}

export function buildSitemap(): MetadataRoute.Sitemap {
  const incidents = listIncidentDates();
  const newest = incidents.map((i) => i.updated).sort().at(-1);
  const tags = listTagDates();
  return [
    entry("/", newest, 1),
    entry("/incidents", newest, 0.8),
    ...pageParams(countIncidentPages(siteConfig.pageSize)).map((p) => entry(`/incidents/page/${p.page}`, newest, 0.3)),
    ...incidents.map((i) => entry(`/incidents/${i.slug}`, i.updated, 0.9)),
    entry("/tags", newest, 0.5),
    ...tags.flatMap((t) => [
      entry(`/tags/${t.slug}`, t.updated, 0.5),
      ...pageParams(countTagPages(t.slug, siteConfig.pageSize)).map((p) => entry(`/tags/${t.slug}/page/${p.page}`, t.updated, 0.3)),
    ]),
    entry("/exchanges", newest, 0.6),
    ...listExchangeDates().map((e) => entry(`/exchanges/${e.slug}`, e.updated, 0.6)),
    entry("/rankings", newest, 0.7),
    entry("/rankings/methodology", undefined, 0.4),
    entry("/about", undefined, 0.4),
    entry("/feeds", undefined, 0.4),
  ];
}
