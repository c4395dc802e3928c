import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-ip";
import { HttpError, assertSameOrigin, refuseMethodsExcept, jsonResponse, readFormFields, seeOther, wantsJson } from "@/lib/http/form-request";
import {
  InvalidEmailError,
  NEUTRAL_SIGNUP_MESSAGE,
  RETRY_ADDRESS_COOKIE,
  RETRY_ADDRESS_TTL_SECONDS,
  RateLimitedError,
  getNewsletterService,
  signupFormSchema,
} from "@/lib/newsletter";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const secureCookie = env.SITE_URL.startsWith("https:") ? "; Secure" : "";

export async function POST(request: Request): Promise<Response> {
  const json = wantsJson(request);
  try {
    assertSameOrigin(request);
    const input = signupFormSchema.safeParse(await readFormFields(request));
    if (!input.success) {
      const message = input.error.issues.map((i) => i.message).join(" ");
      return json ? jsonResponse(400, { ok: false, error: message }) : seeOther("/newsletter/error?code=bad-request");
    }
    const service = await getNewsletterService();
    const client = clientAddress(request);
    try {
      await service.subscribe({ email: input.data.email, source: input.data.source, ip: client.ip, ipBucket: client.bucket, honeypot: input.data.website });
    } catch (error) {
      if (!(error instanceof InvalidEmailError) || json) throw error;
      // No address in the URL (history, logs, Referer): the reason goes as a code, the typed value in a signed cookie.
      const response = seeOther(`/newsletter/error?${new URLSearchParams({ code: "invalid-email", reason: error.problem }).toString()}`);
      const sealed = await service.sealRetryAddress(input.data.email);
      response.headers.append(
        "Set-Cookie",
        `${RETRY_ADDRESS_COOKIE}=${sealed}; Path=/newsletter/error; Max-Age=${String(RETRY_ADDRESS_TTL_SECONDS)}; HttpOnly; SameSite=Lax${secureCookie}`,
      );
      return response;
    }
    return json ? jsonResponse(200, { ok: true, message: NEUTRAL_SIGNUP_MESSAGE }) : seeOther("/newsletter/check-inbox");
  } catch (error) {
    if (error instanceof HttpError) return jsonResponse(error.status, { ok: false, error: error.message }, error.headers);
    if (error instanceof InvalidEmailError) return jsonResponse(400, { ok: false, error: error.message });
    if (error instanceof RateLimitedError) {
      const retryAfter = { "Retry-After": String(error.retryAfterSeconds) };
      if (json) return jsonResponse(429, { ok: false, error: error.message }, retryAfter);
      const response = seeOther("/newsletter/error?code=rate-limited");
      response.headers.set("Retry-After", retryAfter["Retry-After"]);
      return response;
    }
    throw error;
  }
}

export const GET = refuseMethodsExcept("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
