/** Who is asking: the socket peer, or the client a trusted proxy names (TRUST_PROXY, see lib/http/trust-proxy.ts). */
import { env } from "@/lib/env";
import { formatIp, rateLimitBucket } from "./ip";
import { peerAddress } from "./peer";
import { resolveClient, type ClientAddress, type TrustProxy } from "./trust-proxy";

/** All requests whose peer is unknown (only possible in the first moments after start-up) share one bucket. */
const UNKNOWN: ClientAddress = { ip: "unknown", bucket: "unknown" };

export function clientAddressFrom(headers: Headers, trust: TrustProxy): ClientAddress {
  const client = resolveClient(peerAddress(headers), headers.get("x-forwarded-for"), trust);
  return client ? { ip: formatIp(client), bucket: rateLimitBucket(client) } : UNKNOWN;
}

export function clientAddress(request: Request): ClientAddress {
  return clientAddressFrom(request.headers, env.TRUST_PROXY);
}
