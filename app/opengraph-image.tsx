import { ImageResponse } from "next/og";
import { siteConfig } from "@/config/site";
import { OG_IMAGE_SIZE } from "@/lib/og";
import { SiteCard } from "@/components/og/cards";

export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";
export const alt = `${siteConfig.name}: ${siteConfig.tagline}`;

export default function Image() {
  return new ImageResponse(<SiteCard siteName={siteConfig.name} tagline={siteConfig.tagline} />, size);
}
