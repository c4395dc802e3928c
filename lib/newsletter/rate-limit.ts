/**
 * Fixed-window rate limits. In process memory for the single-box default (SQLite); in the database when
 * several app instances share PostgreSQL, so the limit holds whichever instance answers.
 */
import type { RateLimitRepository } from "@/lib/db";

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = { hit(key: string, now: number): RateDecision | Promise<RateDecision> };

function decide(count: number, windowStart: number, options: { limit: number; windowMs: number }, now: number): RateDecision {
  if (count <= options.limit) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + options.windowMs - now) / 1000)) };
}

export function createRateLimiter(options: { limit: number; windowMs: number; maxKeys?: number }) {
  const windows = new Map<string, { start: number; count: number }>();
  const maxKeys = options.maxKeys ?? 100_000;
  return {
    hit(key: string, now: number): RateDecision {
      let w = windows.get(key);
      if (!w || now - w.start >= options.windowMs) {
        if (windows.size >= maxKeys) {
          for (const [k, v] of windows) if (now - v.start >= options.windowMs) windows.delete(k);
          // Still full of live windows: drop the oldest rather than grow without bound.
          if (windows.size >= maxKeys) {
            const oldest = windows.keys().next().value;
            if (oldest !== undefined) windows.delete(oldest);
          }
        }
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      return decide(w.count, w.start, options, now);
    },
  } satisfies RateLimiter;
}

/**
 * Counters in the shared database. `hashKey` turns an IP or address into an opaque key before it is stored;
 * `scope` keeps the per-IP and per-address counters apart. Expired windows are pruned now and then.
 */
export function createSharedRateLimiter(options: {
  store: RateLimitRepository;
  scope: string;
  limit: number;
  windowMs: number;
  hashKey: (key: string) => Promise<string>;
  pruneEvery?: number;
}): RateLimiter {
  const pruneEvery = options.pruneEvery ?? 1000;
  let hits = 0;
  return {
    async hit(key, now) {
      const stored = `${options.scope}:${await options.hashKey(key)}`;
      const { count, windowStartMs } = await options.store.hitWindow(stored, now, options.windowMs);
      hits += 1;
      if (hits % pruneEvery === 0) await options.store.pruneWindows(now - options.windowMs);
      return decide(count, windowStartMs, options, now);
    },
  };
}
