/**
 * The outbox: work the signup answer promised but does not wait for. A row is written (and committed)
 * before the answer goes out, so a crash after the answer loses nothing: whoever drains the outbox next —
 * this app instance after a restart, another instance, or the worker — picks it up.
 *
 * Claims are compare-and-set updates on `locked_until`, valid on SQLite and PostgreSQL alike, so any number
 * of dispatchers can drain one outbox; a claim whose holder died expires and the row is tried again
 * (at least once: the mail's fixed Message-ID lets a receiver recognise a repeat).
 */
import type { Kysely } from "kysely";
import type { Database, OutboxEntry, OutboxKind, OutboxStatus } from "./schema";

export type NewOutboxEntry = { id: string; kind: OutboxKind; payload: string; createdAt: string };

export function createOutboxRepository(db: Kysely<Database>) {
  return {
    async enqueue(entry: NewOutboxEntry): Promise<void> {
      await db
        .insertInto("mail_outbox")
        .values({
          id: entry.id,
          kind: entry.kind,
          status: "pending",
          payload: entry.payload,
          attempts: 0,
          created_at: entry.createdAt,
          available_at: entry.createdAt,
          locked_until: null,
          finished_at: null,
          last_error: null,
        })
        .execute();
    },

    /** Ids of up to `limit` due, unclaimed rows, oldest first. Claim each with `claim` just before working on it. */
    async listDue(now: string, limit: number, kind?: OutboxKind): Promise<string[]> {
      let query = db
        .selectFrom("mail_outbox")
        .select("id")
        .where("status", "=", "pending")
        .where("available_at", "<=", now)
        .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", now)]))
        .orderBy("created_at")
        .orderBy("id")
        .limit(limit);
      if (kind) query = query.where("kind", "=", kind);
      return (await query.execute()).map((r) => r.id);
    },

    /**
     * Claims one row until `lockUntil`, counting an attempt; undefined when another dispatcher got it first
     * (or it is done). A compare-and-set on the lock, so exactly one of several racing callers wins.
     */
    async claim(id: string, now: string, lockUntil: string): Promise<OutboxEntry | undefined> {
      return db
        .updateTable("mail_outbox")
        .set((eb) => ({ locked_until: lockUntil, attempts: eb("attempts", "+", 1) }))
        .where("id", "=", id)
        .where("status", "=", "pending")
        .where("available_at", "<=", now)
        .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<=", now)]))
        .returningAll()
        .executeTakeFirst();
    },

    /** listDue + claim for each: every returned row is this caller's alone. */
    async claimDue(now: string, lockUntil: string, limit: number, kind?: OutboxKind): Promise<OutboxEntry[]> {
      const claimed: OutboxEntry[] = [];
      for (const id of await this.listDue(now, limit, kind)) {
        const row = await this.claim(id, now, lockUntil);
        if (row) claimed.push(row);
      }
      return claimed;
    },

    /** Done: the payload (which may hold a confirmation link) is dropped, only the bookkeeping stays. */
    async markDone(id: string, now: string, keptPayload = "{}"): Promise<void> {
      await db
        .updateTable("mail_outbox")
        .set({ status: "done", finished_at: now, locked_until: null, payload: keptPayload, last_error: null })
        .where("id", "=", id)
        .execute();
    },

    async retryLater(id: string, availableAt: string, error: string): Promise<void> {
      await db
        .updateTable("mail_outbox")
        .set({ available_at: availableAt, locked_until: null, last_error: error.slice(0, 1000) })
        .where("id", "=", id)
        .execute();
    },

    async markFailed(id: string, now: string, error: string, keptPayload: string): Promise<void> {
      await db
        .updateTable("mail_outbox")
        .set({ status: "failed", finished_at: now, locked_until: null, payload: keptPayload, last_error: error.slice(0, 1000) })
        .where("id", "=", id)
        .execute();
    },

    async findEntry(id: string): Promise<OutboxEntry | undefined> {
      return db.selectFrom("mail_outbox").selectAll().where("id", "=", id).executeTakeFirst();
    },

    async countByStatus(): Promise<Partial<Record<`${OutboxKind}:${OutboxStatus}`, number>>> {
      const rows = await db
        .selectFrom("mail_outbox")
        .select(["kind", "status", db.fn.countAll<string | number>().as("n")])
        .groupBy(["kind", "status"])
        .execute();
      return Object.fromEntries(rows.map((r) => [`${r.kind}:${r.status}`, Number(r.n)]));
    },

    /** The earliest time a pending row becomes due, so a dispatcher knows when to look again. */
    async nextDueAt(): Promise<string | undefined> {
      const row = await db
        .selectFrom("mail_outbox")
        .select((eb) => eb.fn.min("available_at").as("next"))
        .where("status", "=", "pending")
        .executeTakeFirst();
      return row?.next ?? undefined;
    },
  };
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;
