/**
 * IP addresses without node:net, so the environment parser can use them anywhere: parsing, IPv4-mapped
 * IPv6 normalisation, CIDR ranges and the rate-limit bucket (an IPv4 address, or an IPv6 /64).
 */

export type IpAddress = { version: 4 | 6; bytes: number[] };

function parseIpv4(s: string): number[] | undefined {
  const parts = s.split(".");
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  for (const p of parts) {
    if (!/^(0|[1-9]\d{0,2})$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    bytes.push(n);
  }
  return bytes;
}

function parseIpv6(s: string): number[] | undefined {
  if (s.length === 0 || s.length > 45) return undefined;
  let head = s;
  let tailV4: number[] = [];
  // A dotted IPv4 tail (::ffff:192.0.2.1) stands for the last two groups.
  const lastColon = s.lastIndexOf(":");
  if (s.slice(lastColon + 1).includes(".")) {
    const v4 = parseIpv4(s.slice(lastColon + 1));
    if (!v4) return undefined;
    tailV4 = v4;
    head = s.slice(0, lastColon + 1);
    if (head.endsWith(":") && !head.endsWith("::")) head = head.slice(0, -1);
  }
  const groupsWanted = tailV4.length ? 6 : 8;
  const halves = head.split("::");
  if (halves.length > 2) return undefined;
  const toGroups = (part: string) => (part === "" ? [] : part.split(":"));
  const left = toGroups(halves[0] ?? "");
  const right = halves.length === 2 ? toGroups(halves[1] ?? "") : [];
  if (halves.length === 1 && left.length !== groupsWanted) return undefined;
  if (halves.length === 2 && left.length + right.length > groupsWanted - 1) return undefined;
  const groups = [...left, ...Array<string>(groupsWanted - left.length - right.length).fill("0"), ...right];
  const bytes: number[] = [];
  for (const g of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    const n = parseInt(g, 16);
    bytes.push(n >> 8, n & 0xff);
  }
  return [...bytes, ...tailV4];
}

/** Parses an address as it appears on a socket or in X-Forwarded-For; IPv4-mapped IPv6 becomes IPv4. */
export function parseIp(raw: string): IpAddress | undefined {
  let s = raw.trim();
  // "[2001:db8::1]:443" and "192.0.2.1:443" (some proxies append the port); zone ids (fe80::1%eth0) are local detail.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracketed?.[1]) s = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(":"));
  s = s.replace(/%[0-9A-Za-z._~-]+$/, "");
  const v4 = parseIpv4(s);
  if (v4) return { version: 4, bytes: v4 };
  const v6 = parseIpv6(s);
  if (!v6) return undefined;
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff;
  return mapped ? { version: 4, bytes: v6.slice(12) } : { version: 6, bytes: v6 };
}

export function formatIp(ip: IpAddress): string {
  if (ip.version === 4) return ip.bytes.join(".");
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((ip.bytes[i] ?? 0) << 8) | (ip.bytes[i + 1] ?? 0));
  // RFC 5952: compress the longest run (≥ 2) of zero groups.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j += 1;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

/** The canonical text of an address (mapped IPv4 unwrapped, IPv6 compressed), or undefined if it is not one. */
export function normalizeIp(raw: string): string | undefined {
  const ip = parseIp(raw);
  return ip ? formatIp(ip) : undefined;
}

/**
 * What the per-IP limit counts: the address itself for IPv4, the /64 for IPv6 — one customer usually gets
 * a whole /64, so counting single IPv6 addresses would give an attacker 2^64 buckets.
 */
export function rateLimitBucket(ip: IpAddress): string {
  if (ip.version === 4) return formatIp(ip);
  return `${formatIp({ version: 6, bytes: [...ip.bytes.slice(0, 8), ...Array<number>(8).fill(0)] })}/64`;
}

export type IpRange = { version: 4 | 6; bytes: number[]; prefix: number };

export function parseCidr(raw: string): IpRange | undefined {
  const [address, prefixText, ...rest] = raw.trim().split("/");
  if (rest.length > 0 || address === undefined) return undefined;
  const ip = parseIp(address);
  if (!ip) return undefined;
  const max = ip.version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (prefix > max) return undefined;
  return { version: ip.version, bytes: ip.bytes, prefix };
}

export function inRange(ip: IpAddress, range: IpRange): boolean {
  if (ip.version !== range.version) return false;
  for (let bit = 0; bit < range.prefix; bit += 8) {
    const take = Math.min(8, range.prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if (((ip.bytes[bit / 8] ?? 0) & mask) !== ((range.bytes[bit / 8] ?? 0) & mask)) return false;
  }
  return true;
}
