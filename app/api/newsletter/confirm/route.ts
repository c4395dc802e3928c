import { HttpError, assertSameOrigin, refuseMethodsExcept, jsonResponse, readFormFields, seeOther, wantsJson } from "@/lib/http/form-request";
import { getNewsletterService, tokenFormSchema } from "@/lib/newsletter";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Only a POST confirms: mail scanners that prefetch the link in the mail just see the button page. */
export async function POST(request: Request): Promise<Response> {
  const json = wantsJson(request);
  try {
    assertSameOrigin(request);
    const input = tokenFormSchema.safeParse(await readFormFields(request));
    if (!input.success) throw new HttpError(400, input.error.issues.map((i) => i.message).join(" "));
    const result = await (await getNewsletterService()).confirm(input.data.token);
    if (json) return jsonResponse(result === "confirmed" ? 200 : 410, { ok: result === "confirmed", state: result });
    return result === "confirmed"
      ? seeOther("/newsletter/confirmed")
      : seeOther(`/newsletter/confirm?${new URLSearchParams({ token: input.data.token }).toString()}`);
  } catch (error) {
    if (error instanceof HttpError) return jsonResponse(error.status, { ok: false, error: error.message }, error.headers);
    throw error;
  }
}

export const GET = refuseMethodsExcept("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
