import { getOpenDataIncidentsFile } from "@/lib/opendata";

export const dynamic = "force-static";

export function GET() {
  return Response.json(getOpenDataIncidentsFile());
}
