import { notFound } from "next/navigation";
import { listExchangeSlugs } from "@/lib/content";
import { exchangeFeedResponse } from "@/lib/feeds";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listExchangeSlugs().map((slug) => ({ slug }));
}

export async function GET(_request: Request, { params }: RouteContext<"/exchanges/[slug]/feed.xml">): Promise<Response> {
  return exchangeFeedResponse((await params).slug) ?? notFound();
}
