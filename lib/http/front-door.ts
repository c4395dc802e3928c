/**
 * The front door: runs on Node's `http.Server` 'request' event, before Next routes anything.
 *
 * Next answers a few requests before proxy.ts or the header rules in next.config.mjs ever run: a path with
 * broken percent-encoding (/incidents/%ff) throws while matching dynamic routes (500 text/plain, no headers),
 * TRACE cannot become a Fetch Request (500), a POST to /_next/static gets a 500 with two Allow headers, and
 * its trailing-slash 308s carry no security headers. Here those get a 400 or a 405 with one Allow, and every
 * response that leaves without the base security headers gets them. It also stamps the socket peer's
 * address for lib/http/client-ip.ts (see lib/http/peer.ts).
 *
 * Installed once per process by instrumentation.ts (Node runtime only).
 */
import http from "node:http";
import { baseSecurityHeaders, dropBootstrapScriptPreloads, NON_DOCUMENT_CSP } from "@/lib/security/headers";
import { keepsClientRuntime, removeClientRuntime, UnexpectedNextOutputError } from "@/lib/html/client-runtime";
import { API_METHODS, READ_ONLY_METHODS, allowedMethods } from "./routes";
import { stampPeer } from "./peer";

/** Methods the Fetch standard forbids: Next cannot build a Request for them, so they never reach a handler. */
const FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);

export type Screening = { status: 400 | 405; message: string; allow?: string };

function pathOf(rawUrl: string): string {
  const path = rawUrl.split("?", 1)[0] ?? "";
  if (path.startsWith("/")) return path;
  // absolute-form ("GET http://host/path"), sent by some proxies
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(path);
  return scheme ? path.slice(scheme[0].length) || "/" : path;
}

/** Pure: what the front door answers for this method and URL, or undefined to let Next handle it. */
export function screenRequest(method: string, rawUrl: string): Screening | undefined {
  const path = pathOf(rawUrl);
  if (!path.startsWith("/")) return { status: 400, message: "Bad request: the request target must be a path." };
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, message: "Bad request: the address contains a malformed percent-encoding (a % not followed by UTF-8 encoded as two hex digits)." };
  }
  const upper = method.toUpperCase();
  const apiMethods = API_METHODS[path.length > 1 ? path.replace(/\/+$/, "") : path];
  const allowed = apiMethods ?? allowedMethods(path);
  const refuse = (): Screening => ({
    status: 405,
    message: `Method ${upper} is not allowed here: use ${allowed.join(", ")}.`,
    allow: allowed.join(", "),
  });
  if (FORBIDDEN_METHODS.has(upper)) return refuse();
  if (apiMethods && !apiMethods.includes(upper)) return refuse();
  if (path.startsWith("/_next/") && !READ_ONLY_METHODS.includes(upper)) return refuse();
  return undefined;
}

const REDIRECT_CACHE_CONTROL = "public, max-age=3600";

function headerNames(args: unknown[]): Set<string> {
  const names = new Set<string>();
  const headers = args.find((a) => typeof a === "object" && a !== null);
  if (Array.isArray(headers)) {
    for (let i = 0; i < headers.length; i++) {
      const entry: unknown = headers[i];
      if (Array.isArray(entry) && typeof entry[0] === "string") names.add(entry[0].toLowerCase());
      else if (typeof entry === "string" && i % 2 === 0) names.add(entry.toLowerCase());
    }
  } else if (headers) {
    for (const k of Object.keys(headers)) names.add(k.toLowerCase());
  }
  return names;
}

/** Adds whatever base header is missing just before the head is written, whoever writes it. */
function guardHeaders(res: http.ServerResponse, production: boolean): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  const guarded = (...args: unknown[]): http.ServerResponse => {
    const statusCode = typeof args[0] === "number" ? args[0] : res.statusCode;
    const present = new Set([...res.getHeaderNames(), ...headerNames(args.slice(1))]);
    for (const [name, value] of baseSecurityHeaders(production)) if (!present.has(name.toLowerCase())) res.setHeader(name, value);
    if (!present.has("content-security-policy")) res.setHeader("Content-Security-Policy", NON_DOCUMENT_CSP);
    if (statusCode >= 300 && statusCode < 400 && !present.has("cache-control")) res.setHeader("Cache-Control", REDIRECT_CACHE_CONTROL);
    return writeHead(...args);
  };
  res.writeHead = guarded as typeof res.writeHead;
}

/**
 * Pages rendered per request (the newsletter's confirm / unsubscribe / error pages, 404s) get the same
 * treatment prerendered pages got at build (scripts/finish-prerendered-html.ts): content pages lose the
 * client runtime, pages that keep React lose the bootstrap preload. They are small, so the HTML is held
 * until the end and rewritten whole (a tag split across two chunks cannot slip through). A response with a
 * Content-Length (a prerendered file, already done at build) or any other type passes untouched.
 */
function finishDynamicHtml(req: http.IncomingMessage, res: http.ServerResponse): void {
  const route = pathOf(req.url ?? "/");
  const held: Buffer[] = [];
  // Decided at the first write: which layer (the outermost the page writes into) holds the HTML. Next's gzip
  // installs itself above the front door and writes its compressed output below it; only one layer rewrites.
  let holder: number | undefined;
  let decided = false;
  // Content-Encoding is not a reason to skip: Next's gzip sets it when the head is flushed, before the page
  // writes the HTML into the layer above it; that layer still sees plain text.
  const eligible = () => !res.hasHeader("content-length") && String(res.getHeader("content-type") ?? "").startsWith("text/html");
  const finish = (body: Buffer): Buffer | string => {
    // Already-compressed bytes (gzip magic number) are not ours to rewrite.
    if (body[0] === 0x1f && body[1] === 0x8b) return body;
    const html = body.toString("utf8");
    if (keepsClientRuntime(route)) return dropBootstrapScriptPreloads(html);
    try {
      return removeClientRuntime(html, `${req.method ?? "GET"} ${route}`, { requireRuntime: false }).html;
    } catch (error) {
      // The build fails on the same shape for prerendered pages; a page rendered per request is still served
      // (with its runtime, so it works) and the mismatch is logged for the operator.
      if (!(error instanceof UnexpectedNextOutputError)) throw error;
      console.error(`front door: ${error.message}`);
      return html;
    }
  };
  const toBuffer = (chunk: unknown, encoding: unknown): Buffer | undefined => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return undefined;
    if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    return undefined;
  };
  for (const method of ["write", "end"] as const) {
    // write and end are replaced in pairs (compression replaces both), so layer N of one matches layer N of the other.
    let layers = 0;
    const original = res[method] as (...args: unknown[]) => unknown;
    const rewriting = (layer: number, next: (...args: unknown[]) => unknown) =>
      function (this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]): unknown {
        if (!decided) {
          decided = true;
          if (eligible()) holder = layer;
        }
        if (holder !== layer) return next.call(this, chunk, ...rest);
        const bytes = toBuffer(chunk, rest[0]);
        if (bytes) held.push(bytes);
        else if (chunk !== undefined && typeof chunk !== "function") return next.call(this, chunk, ...rest);
        const callback = [chunk, ...rest].find((a): a is () => void => typeof a === "function");
        if (method === "write") {
          if (callback) process.nextTick(callback);
          return true;
        }
        holder = undefined;
        const body = finish(Buffer.concat(held));
        return typeof body === "string" ? next.call(this, body, "utf8", callback) : next.call(this, body, callback);
      };
    // Whoever reads the method before replacing it (compression, for its gzip output) gets one that writes
    // straight down; the one the page is rendered into holds the HTML first.
    let top = rewriting(layers++, original);
    Object.defineProperty(res, method, {
      configurable: true,
      get: () => top,
      set: (replacement: (...args: unknown[]) => unknown) => {
        top = rewriting(layers++, replacement);
      },
    });
  }
}

function answer(res: http.ServerResponse, screening: Screening, head: boolean): void {
  const body = JSON.stringify({ ok: false, error: screening.message });
  res.statusCode = screening.status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Length", Buffer.byteLength(body));
  if (screening.allow) res.setHeader("Allow", screening.allow);
  res.end(head ? undefined : body);
}

/** Returns true when the front door answered the request itself. */
export function handleAtFrontDoor(req: http.IncomingMessage, res: http.ServerResponse, production: boolean): boolean {
  stampPeer(req.headers, req.socket.remoteAddress);
  guardHeaders(res, production);
  finishDynamicHtml(req, res);
  const screening = screenRequest(req.method ?? "GET", req.url ?? "/");
  if (!screening) return false;
  // The body (if any) is not read: let the connection drain it or close.
  answer(res, screening, req.method === "HEAD");
  return true;
}

const INSTALLED = Symbol.for("breachdesk.front-door");

export function installFrontDoor(production: boolean): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if ((event === "request" || event === "checkContinue") && args[0] instanceof http.IncomingMessage && args[1] instanceof http.ServerResponse) {
      if (handleAtFrontDoor(args[0], args[1], production)) return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
}
