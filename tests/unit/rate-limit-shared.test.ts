import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/connection";
import { createRateLimitRepository } from "@/lib/db/rate-limits";
import { createSharedRateLimiter } from "@/lib/newsletter/rate-limit";
import { backends } from "./db-backends";

for (const backend of backends) {
  describe.skipIf(!backend.enabled)(`shared rate limits (${backend.name})`, () => {
    let handle: DatabaseHandle;
    beforeAll(async () => {
      handle = await backend.open();
    });
    afterAll(async () => {
      await handle.close();
    });

    // Two limiters over one store stand in for two app instances over one database.
    const pair = (limit: number, windowMs: number) => {
      const store = createRateLimitRepository(handle.db);
      const make = () => createSharedRateLimiter({ store, scope: "address", limit, windowMs, hashKey: (k) => Promise.resolve(`h(${k})`), pruneEvery: 5 });
      return [make(), make()] as const;
    };

    it("admits exactly the limit across instances, even when hits arrive together", async () => {
      const [a, b] = pair(3, 60_000);
      const decisions = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).hit("burst@example.test", 1_000_000)));
      expect(decisions.filter((d) => d.allowed)).toHaveLength(3);
      expect(decisions.find((d) => !d.allowed)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    });

    it("opens a new window once the old one has passed, and keeps keys apart", async () => {
      const [a, b] = pair(1, 10_000);
      expect(await a.hit("x@example.test", 5_000_000)).toEqual({ allowed: true });
      expect(await b.hit("x@example.test", 5_004_000)).toEqual({ allowed: false, retryAfterSeconds: 6 });
      expect(await b.hit("y@example.test", 5_004_000)).toEqual({ allowed: true });
      expect(await b.hit("x@example.test", 5_010_000)).toEqual({ allowed: true });
    });

    it("stores only the hashed key, never the address or IP", async () => {
      const [a] = pair(5, 60_000);
      await a.hit("private@example.test", 9_000_000);
      const keys = (await handle.db.selectFrom("rate_limits").select("key").execute()).map((r) => r.key);
      expect(keys).toContain("address:h(private@example.test)");
      expect(keys.some((k) => k.includes("address:private@"))).toBe(false);
    });
  });
}
