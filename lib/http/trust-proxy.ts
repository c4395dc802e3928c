/**
 * TRUST_PROXY: which peers may tell us the client's address in X-Forwarded-For.
 *
 * - unset, "false", "0": nobody. The client is the socket's peer; X-Forwarded-For is ignored.
 * - a hop count ("1"): that many proxies stand in front of every request; the client is the address the
 *   outermost of them saw (the n-th X-Forwarded-For entry from the right, the socket being hop 0).
 * - a list of addresses, CIDR ranges and the words `loopback` / `private` ("127.0.0.1, 10.0.0.0/8"):
 *   walking from the socket leftwards through X-Forwarded-For, every trusted address is skipped; the
 *   first untrusted one is the client.
 */
import { inRange, parseCidr, parseIp, type IpAddress, type IpRange } from "./ip";

export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; ranges: IpRange[]; text: string };

const KEYWORDS: Record<string, string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  private: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

export function parseTrustProxy(raw: string | undefined): { ok: true; value: TrustProxy } | { ok: false; message: string } {
  const text = (raw ?? "").trim().toLowerCase();
  if (text === "" || text === "false" || text === "0" || text === "none") return { ok: true, value: { kind: "none" } };
  if (text === "true") {
    return { ok: false, message: 'TRUST_PROXY=true would trust any client\'s X-Forwarded-For: give a hop count ("1") or the proxies\' addresses ("127.0.0.1")' };
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) return { ok: false, message: `TRUST_PROXY=${text}: more than 10 proxies in a row is almost certainly a mistake` };
    return { ok: true, value: { kind: "hops", hops } };
  }
  const ranges: IpRange[] = [];
  for (const entry of text.split(",").map((s) => s.trim()).filter(Boolean)) {
    const keyword = KEYWORDS[entry];
    const parsed = keyword ? keyword.map(parseCidr) : [parseCidr(entry)];
    for (const range of parsed) {
      if (!range) {
        return { ok: false, message: `TRUST_PROXY: "${entry}" is not an IP address, a CIDR range (10.0.0.0/8), "loopback" or "private"; or give a hop count` };
      }
      ranges.push(range);
    }
  }
  return { ok: true, value: { kind: "list", ranges, text } };
}

export type ClientAddress = {
  /** Canonical address of the client, for the consent hash; "unknown" when the socket address was unavailable. */
  ip: string;
  /** What the per-IP rate limit counts: the IPv4 address or the IPv6 /64. */
  bucket: string;
};

/**
 * The client, from the socket peer and the X-Forwarded-For header as received. Entries that are not IP
 * addresses end the walk: the peer that sent garbage is taken as the client (never the garbage itself).
 */
export function resolveClient(socketAddress: string | undefined, forwardedFor: string | null, trust: TrustProxy): IpAddress | undefined {
  const peer = socketAddress ? parseIp(socketAddress) : undefined;
  if (!peer) return undefined;
  if (trust.kind === "none") return peer;
  const chain = (forwardedFor ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  // hops[0] is the socket peer, hops[1] the last X-Forwarded-For entry, and so on leftwards.
  let client = peer;
  if (trust.kind === "hops") {
    for (let i = 1; i <= trust.hops; i++) {
      const entry = chain[chain.length - i];
      const next = entry === undefined ? undefined : parseIp(entry);
      if (!next) break;
      client = next;
    }
    return client;
  }
  const trusted = (ip: IpAddress) => trust.ranges.some((r) => inRange(ip, r));
  for (let i = chain.length - 1; i >= 0 && trusted(client); i--) {
    const next = parseIp(chain[i] ?? "");
    if (!next) break;
    client = next;
  }
  return client;
}
