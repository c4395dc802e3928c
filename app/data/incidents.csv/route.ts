import { getOpenDataIncidentsCsv } from "@/lib/opendata";

export const dynamic = "force-static";

export function GET() {
  return new Response(getOpenDataIncidentsCsv(), {
    headers: { "Content-Type": "text/csv; charset=utf-8; header=present" },
  });
}
