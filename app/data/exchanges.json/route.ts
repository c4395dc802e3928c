import { getOpenDataExchangesFile } from "@/lib/opendata";

export const dynamic = "force-static";

export function GET() {
  return Response.json(getOpenDataExchangesFile());
}
