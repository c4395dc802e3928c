import { notFound } from "next/navigation";
import { listTagSlugs } from "@/lib/content";
import { tagFeedResponse } from "@/lib/feeds";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listTagSlugs().map((tag) => ({ tag }));
}

export async function GET(_request: Request, { params }: RouteContext<"/tags/[tag]/feed.xml">): Promise<Response> {
  return tagFeedResponse((await params).tag) ?? notFound();
}
