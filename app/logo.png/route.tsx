import { ImageResponse } from "next/og";
import { FeedLogo } from "@/components/og/cards";

export const dynamic = "force-static";

/** 144 px: the largest image RSS 2.0 allows in a channel <image>. */
export function GET(): ImageResponse {
  return new ImageResponse(<FeedLogo />, { width: 144, height: 144 });
}
