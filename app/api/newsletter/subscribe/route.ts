import { MailDeliveryError } from "@/lib/mail";
import { HttpError, assertSameOrigin, refuseMethodsExcept, clientIp, jsonResponse, readFormFields, seeOther, wantsJson } from "@/lib/http/form-request";
import {
  InvalidEmailError,
  NEUTRAL_SIGNUP_MESSAGE,
  RateLimitedError,
  getNewsletterService,
  signupFormSchema,
  type SignupErrorCode,
} from "@/lib/newsletter";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const json = wantsJson(request);
  let email = "";
  const fail = (status: number, code: SignupErrorCode, message: string, headers: Record<string, string> = {}) =>
    json
      ? jsonResponse(status, { ok: false, error: message }, headers)
      : seeOther(`/newsletter/error?${new URLSearchParams({ code, ...(code === "invalid-email" ? { email } : {}) }).toString()}`);
  try {
    assertSameOrigin(request);
    const input = signupFormSchema.safeParse(await readFormFields(request));
    if (!input.success) return fail(400, "bad-request", input.error.issues.map((i) => i.message).join(" "));
    email = input.data.email;
    const service = await getNewsletterService();
    await service.subscribe({ email, source: input.data.source, ip: clientIp(request), honeypot: input.data.website });
    return json ? jsonResponse(200, { ok: true, message: NEUTRAL_SIGNUP_MESSAGE }) : seeOther("/newsletter/check-inbox");
  } catch (error) {
    if (error instanceof HttpError) return jsonResponse(error.status, { ok: false, error: error.message }, error.headers);
    if (error instanceof InvalidEmailError) return fail(400, "invalid-email", error.message);
    if (error instanceof RateLimitedError) {
      return json
        ? jsonResponse(429, { ok: false, error: error.message }, { "Retry-After": String(error.retryAfterSeconds) })
        : new Response(null, { status: 303, headers: { Location: "/newsletter/error?code=rate-limited", "Retry-After": String(error.retryAfterSeconds) } });
    }
    if (error instanceof MailDeliveryError) {
      console.error(`[newsletter] ${error.message}`);
      return fail(503, "mail-failed", "We could not send the confirmation mail just now. Please try again in a few minutes.", { "Retry-After": "120" });
    }
    throw error;
  }
}

export const GET = refuseMethodsExcept("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
