/**
 * The socket peer's address, carried from the Node HTTP server to route handlers.
 *
 * Next 16 gives route handlers and proxy.ts a Fetch `Request` only: no socket and no `request.ip`. The one
 * place that still sees the socket is Node's `http.Server` 'request' event, so lib/http/front-door.ts (installed
 * by instrumentation.ts, in the same process as the handlers) writes the peer address into a private request
 * header before Next sees the request, after deleting any copy the client sent. The value is prefixed with a
 * random per-process key that never leaves the process, so a client cannot forge the header even for a request
 * that somehow bypassed the stamp: an unstamped request simply has no known peer.
 */
import crypto from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

export const PEER_HEADER = "x-breachdesk-peer";

const KEY = Symbol.for("breachdesk.peer-key");
type WithKey = typeof globalThis & { [KEY]?: string };

function processKey(): string {
  const g = globalThis as WithKey;
  g[KEY] ??= crypto.randomBytes(18).toString("base64url");
  return g[KEY];
}

/** Called by the front door for every request: overwrites whatever the client sent under this name. */
export function stampPeer(headers: IncomingHttpHeaders, remoteAddress: string | undefined): void {
  headers[PEER_HEADER] = `${processKey()} ${remoteAddress ?? ""}`;
}

/** The socket peer of this request, or undefined when the request did not come through the stamp. */
export function peerAddress(headers: Headers): string | undefined {
  const value = headers.get(PEER_HEADER);
  if (!value) return undefined;
  const space = value.indexOf(" ");
  if (space < 0) return undefined;
  const given = Buffer.from(value.slice(0, space));
  const expected = Buffer.from(processKey());
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return undefined;
  return value.slice(space + 1) || undefined;
}
