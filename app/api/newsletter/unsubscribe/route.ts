import { HttpError, assertSameOrigin, refuseMethodsExcept, jsonResponse, readAnyFormFields, seeOther, wantsJson, type FormFields } from "@/lib/http/form-request";
import { getNewsletterService } from "@/lib/newsletter";
import { newsletterUnsubscribedPath, newsletterUnsubscribePath } from "@/lib/routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

function tokenOf(request: Request, fields: FormFields): string {
  const fromQuery = new URL(request.url).searchParams.get("token");
  if (fromQuery) return fromQuery;
  return fields.get("token") ?? "";
}

/** Someone opened the List-Unsubscribe link in a browser: show the page with its confirm button. */
export function GET(request: Request): Response {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return seeOther(newsletterUnsubscribePath(token));
}

/**
 * RFC 8058 one-click: mail providers POST `List-Unsubscribe=One-Click` to the URL from the header and
 * expect a plain 200, no redirect. Our own page's form POSTs here too and is sent on to a result page.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    assertSameOrigin(request);
    // Providers may send form-encoded, multipart or plain bodies (RFC 8058 allows any); the token is in the URL.
    const fields = await readAnyFormFields(request);
    const oneClick = fields.get("List-Unsubscribe") === "One-Click";
    const token = tokenOf(request, fields);
    const result = token ? await (await getNewsletterService()).unsubscribe(token) : "invalid";
    if (result === "invalid") throw new HttpError(400, "This unsubscribe link is not valid. Use the link from your latest mail.");
    if (oneClick) return new Response("Unsubscribed.\n", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
    if (wantsJson(request)) return jsonResponse(200, { ok: true, state: "unsubscribed" });
    return seeOther(newsletterUnsubscribedPath());
  } catch (error) {
    if (error instanceof HttpError) return jsonResponse(error.status, { ok: false, error: error.message }, error.headers);
    throw error;
  }
}

export const PUT = refuseMethodsExcept("GET", "POST");
export const PATCH = PUT;
export const DELETE = PUT;
