/**
 * Edge checks shared by the newsletter route handlers: origin, size, content type, and how to answer (JSON for scripts, 303 redirects for plain HTML forms).
 */
import { env } from "@/lib/env";
import { methodNotAllowed } from "@/lib/security/headers";

const MAX_FORM_BYTES = 4096;

const SITE_ORIGIN = new URL(env.SITE_URL).origin;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * Next route handlers have no CSRF protection of their own. Browsers always send Origin on POST, so a
 * foreign or opaque ("null") Origin is refused; requests without one come from non-browser clients
 * (mail providers' one-click unsubscribe, curl), which cannot carry a visitor's cookies anyway.
 * The only allowed origin is SITE_URL's: the Host header is the client's to choose, so it decides nothing.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin === null) return;
  if (origin !== SITE_ORIGIN) throw new HttpError(403, `Cross-site request refused: Origin ${origin} is not this site.`);
}

/** Reads at most MAX_FORM_BYTES, whether or not the client declared a Content-Length. */
async function readLimitedText(request: Request, limit = MAX_FORM_BYTES, encoding: BufferEncoding = "utf8"): Promise<string> {
  const tooLarge = () => new HttpError(413, `Request body too large: the limit is ${String(limit)} bytes.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString(encoding);
}

function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** Form-encoded or JSON bodies, flattened to string fields; anything else is a 415. */
export async function readFormFields(request: Request): Promise<Record<string, string>> {
  const type = mediaType(request);
  if (type !== "application/x-www-form-urlencoded" && type !== "application/json") {
    throw new HttpError(415, `Unsupported content type "${type || "none"}": send application/x-www-form-urlencoded or application/json.`);
  }
  const text = await readLimitedText(request);
  if (type === "application/x-www-form-urlencoded") return Object.fromEntries(new URLSearchParams(text));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HttpError(400, "The request body is not valid JSON.");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new HttpError(400, "The JSON body must be an object.");
  return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === "string"));
}

export type FormFields = { get(name: string): string | undefined };

/**
 * Whatever the encoding — form-encoded, multipart/form-data, JSON or a bare `a=b` text body — the string
 * fields, within MAX_FORM_BYTES. For endpoints that must accept what other software sends (RFC 8058 one-click).
 */
export async function readAnyFormFields(request: Request): Promise<FormFields> {
  const type = mediaType(request);
  if (type === "multipart/form-data") {
    const raw = Buffer.from(await readLimitedText(request, MAX_FORM_BYTES, "latin1"), "latin1");
    let form: FormData;
    try {
      form = await new Response(raw, { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData();
    } catch (error) {
      throw new HttpError(400, `The multipart body could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { get: (name) => { const v = form.get(name); return typeof v === "string" ? v : undefined; } };
  }
  if (type === "application/json") {
    const fields = await readFormFields(request);
    return { get: (name) => fields[name] };
  }
  const params = new URLSearchParams(await readLimitedText(request));
  return { get: (name) => params.get(name) ?? undefined };
}

export function wantsJson(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("application/json") || mediaType(request) === "application/json";
}

export function seeOther(path: string): Response {
  // A relative Location keeps the visitor on whatever host they used.
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/** Handler for the methods a route does not support: 405 with Allow and a message, not Next's empty 405. */
export function refuseMethodsExcept(...allowed: string[]): (request: Request) => Response {
  return (request) => methodNotAllowed(request.method, allowed);
}
