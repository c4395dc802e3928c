/** Newsletter storage: every SQL statement the newsletter needs, and nothing about its rules. */
import type { Insertable, Kysely, Updateable } from "kysely";
import type { ConfirmToken, Database, Digest, DigestSendStatus, DigestsTable, Subscriber, SubscribersTable } from "./schema";

export type DigestClaim = "claimed" | "done" | "busy";
export type NewSubscriber = Insertable<SubscribersTable>;

export function createNewsletterRepository(db: Kysely<Database>) {
  return {
    async findSubscriberByKey(emailKey: string): Promise<Subscriber | undefined> {
      return db.selectFrom("subscribers").selectAll().where("email_key", "=", emailKey).executeTakeFirst();
    },

    async findSubscriberById(id: string): Promise<Subscriber | undefined> {
      return db.selectFrom("subscribers").selectAll().where("id", "=", id).executeTakeFirst();
    },

    /** Inserts unless the address exists (a concurrent signup may have won); returns the stored row either way. */
    async insertSubscriber(row: NewSubscriber): Promise<{ subscriber: Subscriber; created: boolean }> {
      const inserted = await db
        .insertInto("subscribers")
        .values(row)
        .onConflict((oc) => oc.column("email_key").doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return { subscriber: inserted, created: true };
      const existing = await this.findSubscriberByKey(row.email_key);
      if (!existing) throw new Error(`Subscriber ${row.email_key} vanished between insert and read`);
      return { subscriber: existing, created: false };
    },

    async updateSubscriber(id: string, patch: Updateable<SubscribersTable>): Promise<void> {
      await db.updateTable("subscribers").set(patch).where("id", "=", id).execute();
    },

    async insertConfirmToken(token: ConfirmToken): Promise<void> {
      await db.insertInto("confirm_tokens").values(token).execute();
    },

    async findConfirmToken(tokenHash: string): Promise<ConfirmToken | undefined> {
      return db.selectFrom("confirm_tokens").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
    },

    /**
     * Spends the token and confirms its subscriber in one transaction. Returns false when the token was
     * already spent (two clicks racing): only one of them confirms.
     */
    async confirmWithToken(tokenHash: string, subscriberId: string, now: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const spent = await trx
          .updateTable("confirm_tokens")
          .set({ used_at: now })
          .where("token_hash", "=", tokenHash)
          .where("used_at", "is", null)
          .executeTakeFirst();
        if (Number(spent.numUpdatedRows) !== 1) return false;
        await trx
          .updateTable("subscribers")
          .set({ status: "confirmed", confirmed_at: now, updated_at: now, unsubscribed_at: null })
          .where("id", "=", subscriberId)
          .execute();
        // Older confirmation links for the same person are now pointless; spend them too.
        await trx
          .updateTable("confirm_tokens")
          .set({ used_at: now })
          .where("subscriber_id", "=", subscriberId)
          .where("used_at", "is", null)
          .execute();
        return true;
      });
    },

    /** Idempotent: returns true only for the call that changed the state. */
    async unsubscribe(subscriberId: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable("subscribers")
        .set({ status: "unsubscribed", unsubscribed_at: now, updated_at: now })
        .where("id", "=", subscriberId)
        .where("status", "!=", "unsubscribed")
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async listConfirmedSubscribers(): Promise<Subscriber[]> {
      return db.selectFrom("subscribers").selectAll().where("status", "=", "confirmed").orderBy("confirmed_at").orderBy("id").execute();
    },

    async countSubscribersByStatus(): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom("subscribers")
        .select(["status", db.fn.countAll<string | number>().as("n")])
        .groupBy("status")
        .execute();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    },

    async findSubscriberKeys(emailKeys: string[]): Promise<Set<string>> {
      const found = new Set<string>();
      const CHUNK = 500;
      for (let i = 0; i < emailKeys.length; i += CHUNK) {
        const rows = await db
          .selectFrom("subscribers")
          .select("email_key")
          .where("email_key", "in", emailKeys.slice(i, i + CHUNK))
          .execute();
        for (const r of rows) found.add(r.email_key);
      }
      return found;
    },

    /** A value generated once and kept: concurrent first callers all end up with the same stored value. */
    async getOrCreateSecret(name: string, generate: () => string): Promise<string> {
      await db
        .insertInto("app_secrets")
        .values({ name, value: generate() })
        .onConflict((oc) => oc.column("name").doNothing())
        .execute();
      const row = await db.selectFrom("app_secrets").select("value").where("name", "=", name).executeTakeFirstOrThrow();
      return row.value;
    },

    async findUnfinishedDigest(): Promise<Digest | undefined> {
      return db.selectFrom("digests").selectAll().where("completed_at", "is", null).orderBy("created_at", "desc").executeTakeFirst();
    },

    async findLastCompletedDigest(): Promise<Digest | undefined> {
      return db
        .selectFrom("digests")
        .selectAll()
        .where("completed_at", "is not", null)
        .orderBy("created_at", "desc")
        .executeTakeFirst();
    },

    async insertDigest(digest: Insertable<DigestsTable>): Promise<void> {
      await db.insertInto("digests").values(digest).execute();
    },

    async completeDigest(id: string, now: string): Promise<void> {
      await db.updateTable("digests").set({ completed_at: now }).where("id", "=", id).execute();
    },

    /**
     * The one claim rule of digest delivery, taken before a mail goes out:
     * - never claimed: claimed ("claimed");
     * - "sent", or "failed" for good: never again ("done");
     * - "sending" and claimed less than `leaseSeconds` ago: someone may be sending it right now ("busy");
     * - "sending" and older (its sender crashed, maybe mid-send): taken over once, so the reader may get the
     *   same Message-ID twice but never two different mails, and a second crash ends it as failed ("done").
     */
    async claimDigestSend(digestId: string, subscriberId: string, now: string, leaseSeconds: number): Promise<DigestClaim> {
      const inserted = await db
        .insertInto("digest_sends")
        .values({ digest_id: digestId, subscriber_id: subscriberId, status: "sending", claimed_at: now, finished_at: null, error: null, attempts: 1 })
        .onConflict((oc) => oc.columns(["digest_id", "subscriber_id"]).doNothing())
        .returning("subscriber_id")
        .executeTakeFirst();
      if (inserted) return "claimed";
      const staleBefore = new Date(Date.parse(now) - leaseSeconds * 1000).toISOString();
      const takenOver = await db
        .updateTable("digest_sends")
        .set({ claimed_at: now, attempts: 2 })
        .where("digest_id", "=", digestId)
        .where("subscriber_id", "=", subscriberId)
        .where("status", "=", "sending")
        .where("attempts", "=", 1)
        .where("claimed_at", "<=", staleBefore)
        .executeTakeFirst();
      if (Number(takenOver.numUpdatedRows) === 1) return "claimed";
      const abandoned = await db
        .updateTable("digest_sends")
        .set({ status: "failed", finished_at: now, error: "interrupted twice: not sent again, to avoid a duplicate" })
        .where("digest_id", "=", digestId)
        .where("subscriber_id", "=", subscriberId)
        .where("status", "=", "sending")
        .where("attempts", ">=", 2)
        .where("claimed_at", "<=", staleBefore)
        .executeTakeFirst();
      if (Number(abandoned.numUpdatedRows) === 1) return "done";
      const row = await db
        .selectFrom("digest_sends")
        .select("status")
        .where("digest_id", "=", digestId)
        .where("subscriber_id", "=", subscriberId)
        .executeTakeFirst();
      return row?.status === "sending" ? "busy" : "done";
    },

    /** A temporary SMTP refusal: nothing went out, so the claim is given back whole for a later retry. */
    async releaseDigestSend(digestId: string, subscriberId: string): Promise<void> {
      await db.deleteFrom("digest_sends").where("digest_id", "=", digestId).where("subscriber_id", "=", subscriberId).where("status", "=", "sending").execute();
    },

    async finishDigestSend(digestId: string, subscriberId: string, status: DigestSendStatus, now: string, error?: string): Promise<void> {
      await db
        .updateTable("digest_sends")
        .set({ status, finished_at: now, error: error ?? null })
        .where("digest_id", "=", digestId)
        .where("subscriber_id", "=", subscriberId)
        .execute();
    },

    async findDigest(id: string): Promise<Digest | undefined> {
      return db.selectFrom("digests").selectAll().where("id", "=", id).executeTakeFirst();
    },

    async setDigestRecipients(id: string, recipients: number): Promise<void> {
      await db.updateTable("digests").set({ recipients }).where("id", "=", id).execute();
    },

    async findLatestDigest(): Promise<Digest | undefined> {
      return db.selectFrom("digests").selectAll().orderBy("created_at", "desc").executeTakeFirst();
    },

    /** Confirmed subscriber ids in a stable order, a page at a time (a digest may go to hundreds of thousands). */
    async listConfirmedSubscriberIds(afterId: string | undefined, limit: number): Promise<string[]> {
      let query = db.selectFrom("subscribers").select("id").where("status", "=", "confirmed").orderBy("id").limit(limit);
      if (afterId !== undefined) query = query.where("id", ">", afterId);
      return (await query.execute()).map((r) => r.id);
    },

    async findSubscribersByIds(ids: string[]): Promise<Subscriber[]> {
      if (ids.length === 0) return [];
      return db.selectFrom("subscribers").selectAll().where("id", "in", ids).orderBy("id").execute();
    },

    async countDigestSends(digestId: string): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom("digest_sends")
        .select(["status", db.fn.countAll<string | number>().as("n")])
        .where("digest_id", "=", digestId)
        .groupBy("status")
        .execute();
      return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    },
  };
}

export type NewsletterRepository = ReturnType<typeof createNewsletterRepository>;
