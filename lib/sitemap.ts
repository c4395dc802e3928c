/** Every published page for app/sitemap.ts, with lastModified taken from the content's own dates. */
import type { MetadataRoute } from "next";
import { siteConfig } from "@/config/site";
import { absoluteUrl } from "@/lib/env";
import { countIncidentPages, countTagPages, listExchangeDates, listIncidentDates, listTagDates } from "@/lib/content";
import { pageParams } from "@/lib/routing";
import { aboutPath, exchangePath, exchangesPath, feedsPath, homePath, incidentArchivePath, incidentPath, rankingsMethodologyPath, rankingsPath, tagPath, tagsPath } from "@/lib/routes";

type Entry = MetadataRoute.Sitemap[number];

function entry(path: string, updated: string | undefined, priority: number): Entry {
  return { url: absoluteUrl(path), ...(updated ? { lastModified: updated } : {}), priority };
}

export function buildSitemap(): MetadataRoute.Sitemap {
  const incidents = listIncidentDates();
  const newest = incidents.map((i) => i.updated).sort().at(-1);
  const tags = listTagDates();
  return [
    entry(homePath(), newest, 1),
    entry(incidentArchivePath(), newest, 0.8),
    ...pageParams(countIncidentPages(siteConfig.pageSize)).map((p) => entry(incidentArchivePath(Number(p.page)), newest, 0.3)),
    ...incidents.map((i) => entry(incidentPath(i.slug), i.updated, 0.9)),
    entry(tagsPath(), newest, 0.5),
    ...tags.flatMap((t) => [
      entry(tagPath(t.slug), t.updated, 0.5),
      ...pageParams(countTagPages(t.slug, siteConfig.pageSize)).map((p) => entry(tagPath(t.slug, Number(p.page)), t.updated, 0.3)),
    ]),
    entry(exchangesPath(), newest, 0.6),
    ...listExchangeDates().map((e) => entry(exchangePath(e.slug), e.updated, 0.6)),
    entry(rankingsPath(), newest, 0.7),
    entry(rankingsMethodologyPath(), undefined, 0.4),
    entry(aboutPath(), undefined, 0.4),
    entry(feedsPath(), undefined, 0.4),
  ];
}
