import { HttpError, assertSameOrigin, refuseMethodsExcept, jsonResponse, readFormFields, seeOther, wantsJson } from "@/lib/http/form-request";
import { getNewsletterService, tokenFormSchema, type TokenState } from "@/lib/newsletter";
import { newsletterConfirmedPath, newsletterConfirmPath } from "@/lib/routes";

const CONFIRM_FAILURES: Record<Exclude<TokenState, "valid">, string> = {
  used: "This confirmation link was already used.",
  expired: "This confirmation link has expired: sign up again to get a new one.",
  invalid: "This confirmation link is not valid: use the link from your latest mail.",
};

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
    if (json) {
      return result === "confirmed"
        ? jsonResponse(200, { ok: true, state: result })
        : jsonResponse(410, { ok: false, state: result, error: CONFIRM_FAILURES[result] });
    }
    return result === "confirmed"
      ? seeOther(newsletterConfirmedPath())
      : seeOther(newsletterConfirmPath(input.data.token));
  } catch (error) {
    if (error instanceof HttpError) return jsonResponse(error.status, { ok: false, error: error.message }, error.headers);
    throw error;
  }
}

export const GET = refuseMethodsExcept("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
