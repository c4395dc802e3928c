import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/env";
import { homePath, sitemapPath } from "@/lib/routes";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: homePath() }],
    sitemap: absoluteUrl(sitemapPath()),
  };
}
