import { siteFeedResponse } from "@/lib/feeds";

export const dynamic = "force-static";

export function GET(): Response {
  return siteFeedResponse("atom");
}
