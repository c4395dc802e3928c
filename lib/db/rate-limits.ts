/** Shared fixed-window counters: one atomic upsert per hit, so every app instance sees the same count. */
import { sql, type Kysely } from "kysely";
import type { Database } from "./schema";

export type WindowHit = { count: number; windowStartMs: number };

export function createRateLimitRepository(db: Kysely<Database>) {
  return {
    /**
     * Counts one hit for `key` in the window that contains `nowMs`. A single INSERT … ON CONFLICT DO UPDATE
     * takes the row lock, so two instances hitting the same key at once both get distinct, increasing counts.
     */
    async hitWindow(key: string, nowMs: number, windowMs: number): Promise<WindowHit> {
      const expiredBefore = nowMs - windowMs;
      const row = await db
        .insertInto("rate_limits")
        .values({ key, window_start_ms: nowMs, count: 1 })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            count: sql<number>`case when rate_limits.window_start_ms <= cast(${expiredBefore} as bigint) then 1 else rate_limits.count + 1 end`,
            window_start_ms: sql<number>`case when rate_limits.window_start_ms <= cast(${expiredBefore} as bigint) then cast(${nowMs} as bigint) else rate_limits.window_start_ms end`,
          }),
        )
        .returning(["count", "window_start_ms"])
        .executeTakeFirstOrThrow();
      return { count: Number(row.count), windowStartMs: Number(row.window_start_ms) };
    },

    /** Drops windows that ended before `beforeMs`; they would be reset on their next hit anyway. */
    async pruneWindows(beforeMs: number): Promise<number> {
      const result = await db.deleteFrom("rate_limits").where("window_start_ms", "<", beforeMs).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type RateLimitRepository = ReturnType<typeof createRateLimitRepository>;
