import crypto from "node:crypto";

/** 32 random bytes, URL-safe: what goes into a confirmation link. */
export function newToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** Only this digest is stored, so a leaked database cannot confirm anyone. */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

function hmac(secret: string, purpose: string, value: string): string {
  return crypto.createHmac("sha256", secret).update(`${purpose}:${value}`).digest("base64url");
}

/**
 * Unsubscribe links must work in every mail ever sent, so they are signed rather than stored:
 * `<subscriber id>.<HMAC>`.
 */
export function signUnsubscribeToken(subscriberId: string, secret: string): string {
  return `${subscriberId}.${hmac(secret, "unsubscribe", subscriberId)}`;
}

export function verifyUnsubscribeToken(token: string, secret: string): string | undefined {
  const dot = token.lastIndexOf(".");
  if (dot <= 0 || token.length > 200) return undefined;
  const id = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(hmac(secret, "unsubscribe", id));
  return given.length === expected.length && crypto.timingSafeEqual(given, expected) ? id : undefined;
}

/** Consent records keep proof of origin without keeping the IP itself. */
export function hashIp(ip: string, secret: string): string {
  return hmac(secret, "ip", ip).slice(0, 32);
}

/**
 * A value sealed for a short while (`<base64url value>.<expiry ms>.<HMAC>`): signed, not encrypted, so only for
 * values the holder already knows — like the address a visitor just typed, carried back to re-show the form.
 */
export function sealValue(purpose: string, value: string, secret: string, expiresAtMs: number): string {
  const body = `${Buffer.from(value).toString("base64url")}.${String(expiresAtMs)}`;
  return `${body}.${hmac(secret, `sealed:${purpose}`, body)}`;
}

export function openSealedValue(purpose: string, sealed: string, secret: string, nowMs: number): string | undefined {
  if (sealed.length > 2000) return undefined;
  const [value, expires, mac, ...rest] = sealed.split(".");
  if (value === undefined || expires === undefined || mac === undefined || rest.length > 0 || !/^\d{1,16}$/.test(expires)) return undefined;
  const given = Buffer.from(mac);
  const expected = Buffer.from(hmac(secret, `sealed:${purpose}`, `${value}.${expires}`));
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return undefined;
  if (Number(expires) <= nowMs) return undefined;
  return Buffer.from(value, "base64url").toString("utf8");
}
