import { checkHealth } from "@/lib/health";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** For load balancers: 200 {status:"ok"} when the database answers, 503 otherwise. Details go to the log only. */
export async function GET(): Promise<Response> {
  const healthy = await checkHealth();
  return Response.json({ status: healthy ? "ok" : "unavailable" }, { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
