import { env } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-ip";
import { HttpError, assertSameOrigin, refuseMethodsExcept, jsonResponse, readFormFields, seeOther, wantsJson } from "@/lib/http/form-request";
import {
  InvalidEmailError,
  signupSentMessage,
  RETRY_ADDRESS_COOKIE,
  RETRY_ADDRESS_TTL_SECONDS,
  RateLimitedError,
  getNewsletterService,
  signupFormSchema,
} from "@/lib/newsletter";
import { newsletterCheckInboxPath, newsletterErrorPath } from "@/lib/routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const secureCookie = env.SITE_URL.startsWith("https:") ? "; Secure" : "";

/**
 * No address in the URL (history, logs, Referer): the error page gets a code, and the typed value comes back
 * to its form from a signed, HttpOnly cookie scoped to that page that expires in ten minutes.
 */
async function withRetryAddress(response: Response, typed: string): Promise<Response> {
  const sealed = await (await getNewsletterService()).sealRetryAddress(typed);
  response.headers.append(
    "Set-Cookie",
    `${RETRY_ADDRESS_COOKIE}=${sealed}; Path=/newsletter/error; Max-Age=${String(RETRY_ADDRESS_TTL_SECONDS)}; HttpOnly; SameSite=Lax${secureCookie}`,
  );
  return response;
}

export async function POST(request: Request): Promise<Response> {
  const json = wantsJson(request);
  try {
    assertSameOrigin(request);
    const input = signupFormSchema.safeParse(await readFormFields(request));
    if (!input.success) {
      const message = input.error.issues.map((i) => i.message).join(" ");
      return json ? jsonResponse(400, { ok: false, error: message }) : seeOther(newsletterErrorPath(new URLSearchParams({ code: "bad-request" })));
    }
    const service = await getNewsletterService();
    const client = clientAddress(request);
    let accepted: { email: string };
    try {
      accepted = await service.subscribe({ email: input.data.email, source: input.data.source, ip: client.ip, ipBucket: client.bucket, honeypot: input.data.website });
    } catch (error) {
      if (error instanceof RateLimitedError && !json) {
        const query = new URLSearchParams({ code: "rate-limited", retry: String(error.retryAfterSeconds) });
        const response = await withRetryAddress(seeOther(newsletterErrorPath(query)), input.data.email);
        response.headers.set("Retry-After", String(error.retryAfterSeconds));
        return response;
      }
      if (!(error instanceof InvalidEmailError) || json) throw error;
      return withRetryAddress(seeOther(newsletterErrorPath(new URLSearchParams({ code: "invalid-email", reason: error.problem }))), input.data.email);
    }
    return json ? jsonResponse(200, { ok: true, message: signupSentMessage(accepted.email) }) : seeOther(newsletterCheckInboxPath());
  } catch (error) {
    if (error instanceof HttpError) return jsonResponse(error.status, { ok: false, error: error.message }, error.headers);
    if (error instanceof InvalidEmailError) return jsonResponse(400, { ok: false, error: error.message });
    // Form posts were answered above with a redirect; this is the JSON answer.
    if (error instanceof RateLimitedError) return jsonResponse(429, { ok: false, error: error.message }, { "Retry-After": String(error.retryAfterSeconds) });
    throw error;
  }
}

export const GET = refuseMethodsExcept("POST");
export const PUT = GET;
export const PATCH = GET;
export const DELETE = GET;
