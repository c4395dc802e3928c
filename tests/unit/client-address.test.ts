import { describe, expect, it } from "vitest";
import { formatIp, normalizeIp, parseIp, rateLimitBucket } from "@/lib/http/ip";
import { parseTrustProxy, resolveClient, type TrustProxy } from "@/lib/http/trust-proxy";
import { clientAddressFrom } from "@/lib/http/client-ip";
import { PEER_HEADER, peerAddress, stampPeer } from "@/lib/http/peer";

function trust(raw: string | undefined): TrustProxy {
  const parsed = parseTrustProxy(raw);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

const client = (socket: string | undefined, xff: string | null, raw?: string) => {
  const ip = resolveClient(socket, xff, trust(raw));
  return ip ? formatIp(ip) : undefined;
};

describe("IP addresses", () => {
  it("parses IPv4, IPv6 and normalises IPv4-mapped IPv6 to IPv4", () => {
    expect(normalizeIp("192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeIp("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeIp("::FFFF:c000:0201")).toBe("192.0.2.1");
    expect(normalizeIp("2001:DB8:0:0:0:0:0:1")).toBe("2001:db8::1");
    expect(normalizeIp("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normalizeIp("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeIp("::1")).toBe("::1");
    for (const bad of ["", "unknown", "1.2.3", "256.1.1.1", "01.2.3.4", "1:2:3:4:5:6:7:8:9", "2001:db8:::1", "<script>", "1.2.3.4, 5.6.7.8"]) {
      expect(parseIp(bad), bad).toBeUndefined();
    }
  });

  it("buckets IPv6 clients per /64 and IPv4 clients per address", () => {
    const a = parseIp("2001:db8:1:2:aaaa::1");
    const b = parseIp("2001:db8:1:2:ffff:ffff:ffff:ffff");
    const other = parseIp("2001:db8:1:3::1");
    if (!a || !b || !other) throw new Error("parse");
    expect(rateLimitBucket(a)).toBe("2001:db8:1:2::/64");
    expect(rateLimitBucket(b)).toBe(rateLimitBucket(a));
    expect(rateLimitBucket(other)).not.toBe(rateLimitBucket(a));
    const mapped = parseIp("::ffff:203.0.113.9");
    if (!mapped) throw new Error("parse");
    expect(rateLimitBucket(mapped)).toBe("203.0.113.9");
  });
});

describe("TRUST_PROXY", () => {
  it("parses none, hop counts, addresses, ranges and keywords; refuses nonsense with a clear message", () => {
    expect(trust(undefined)).toEqual({ kind: "none" });
    expect(trust("false")).toEqual({ kind: "none" });
    expect(trust("2")).toEqual({ kind: "hops", hops: 2 });
    expect(trust("127.0.0.1, 10.0.0.0/8, loopback")).toMatchObject({ kind: "list" });
    for (const [raw, message] of [
      ["true", /hop count/],
      ["10.0.0.0/33", /not an IP address/],
      ["proxy.internal", /not an IP address/],
      ["99", /more than 10/],
    ] as const) {
      const parsed = parseTrustProxy(raw);
      expect(parsed.ok, raw).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(message);
    }
  });

  it("without a trusted proxy the socket address is the client, whatever X-Forwarded-For says", () => {
    expect(client("203.0.113.5", "198.51.100.99")).toBe("203.0.113.5");
    expect(client("::ffff:203.0.113.5", "1.1.1.1, 2.2.2.2")).toBe("203.0.113.5");
    expect(client(undefined, "198.51.100.99")).toBeUndefined();
  });

  it("a hop count takes the address the outermost trusted proxy saw", () => {
    expect(client("127.0.0.1", "6.6.6.6, 203.0.113.5", "1")).toBe("203.0.113.5");
    expect(client("10.0.0.2", "6.6.6.6, 203.0.113.5, 10.0.0.1", "2")).toBe("203.0.113.5");
    // Fewer entries than hops: the leftmost real one; garbage ends the walk at the peer that sent it.
    expect(client("127.0.0.1", null, "1")).toBe("127.0.0.1");
    expect(client("127.0.0.1", "not-an-ip", "1")).toBe("127.0.0.1");
  });

  it("a list skips trusted hops from the right; a forged leftmost entry never wins", () => {
    expect(client("127.0.0.1", "6.6.6.6, 203.0.113.5", "loopback")).toBe("203.0.113.5");
    expect(client("10.1.2.3", "6.6.6.6, 203.0.113.5, 10.9.9.9", "10.0.0.0/8")).toBe("203.0.113.5");
    // A peer that is not a trusted proxy is the client itself, even if it sends X-Forwarded-For.
    expect(client("198.51.100.7", "6.6.6.6", "127.0.0.1")).toBe("198.51.100.7");
    expect(client("::1", "2001:db8::7", "loopback")).toBe("2001:db8::7");
  });
});

describe("peer stamp", () => {
  it("is read back only when the front door wrote it; a client-sent copy is ignored", () => {
    const raw: Record<string, string> = { [PEER_HEADER]: "forged 6.6.6.6" };
    expect(peerAddress(new Headers(raw))).toBeUndefined();
    stampPeer(raw, "::ffff:203.0.113.5");
    const headers = new Headers(raw);
    expect(peerAddress(headers)).toBe("::ffff:203.0.113.5");
    headers.set("x-forwarded-for", "6.6.6.6");
    expect(clientAddressFrom(headers, trust(undefined))).toEqual({ ip: "203.0.113.5", bucket: "203.0.113.5" });
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "6.6.6.6" }), trust(undefined))).toEqual({ ip: "unknown", bucket: "unknown" });
  });
});
