/**
 * Migrations, written once with Kysely's schema builder using only types both SQLite and PostgreSQL
 * understand (text ids, ISO text times), so the same list runs on either database.
 */
import { sql, type Expression, type Kysely, type Migration, type MigrationProvider, type SqlBool } from "kysely";

const migrations: Record<string, Migration> = {
  "0001_newsletter": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("subscribers")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("email", "text", (c) => c.notNull())
        .addColumn("email_key", "text", (c) => c.notNull().unique())
        .addColumn("status", "text", (c) => c.notNull().check(sqlIn("status", ["pending", "confirmed", "unsubscribed"])))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("updated_at", "text", (c) => c.notNull())
        .addColumn("consent_at", "text", (c) => c.notNull())
        .addColumn("consent_source", "text", (c) => c.notNull())
        .addColumn("consent_ip_hash", "text")
        .addColumn("confirmed_at", "text")
        .addColumn("unsubscribed_at", "text")
        .execute();
      await db.schema.createIndex("subscribers_status").on("subscribers").column("status").execute();
      await db.schema
        .createTable("confirm_tokens")
        .addColumn("token_hash", "text", (c) => c.primaryKey())
        .addColumn("subscriber_id", "text", (c) => c.notNull().references("subscribers.id").onDelete("cascade"))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("expires_at", "text", (c) => c.notNull())
        .addColumn("used_at", "text")
        .execute();
      await db.schema.createIndex("confirm_tokens_subscriber").on("confirm_tokens").column("subscriber_id").execute();
      await db.schema
        .createTable("digests")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("since", "text", (c) => c.notNull())
        .addColumn("subject", "text", (c) => c.notNull())
        .addColumn("items_json", "text", (c) => c.notNull())
        .addColumn("completed_at", "text")
        .execute();
      await db.schema
        .createTable("digest_sends")
        .addColumn("digest_id", "text", (c) => c.notNull().references("digests.id").onDelete("cascade"))
        .addColumn("subscriber_id", "text", (c) => c.notNull().references("subscribers.id").onDelete("cascade"))
        .addColumn("status", "text", (c) => c.notNull().check(sqlIn("status", ["sending", "sent", "failed"])))
        .addColumn("claimed_at", "text", (c) => c.notNull())
        .addColumn("finished_at", "text")
        .addColumn("error", "text")
        .addPrimaryKeyConstraint("digest_sends_pk", ["digest_id", "subscriber_id"])
        .execute();
      await db.schema
        .createTable("app_secrets")
        .addColumn("name", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ["digest_sends", "digests", "confirm_tokens", "subscribers", "app_secrets"]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  },
  "0002_scale_out": {
    async up(db: Kysely<unknown>) {
      // Fixed-window counters shared by every app instance (PostgreSQL deployments); keys are HMACs.
      await db.schema
        .createTable("rate_limits")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("window_start_ms", "bigint", (c) => c.notNull())
        .addColumn("count", "integer", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("rate_limits_window").on("rate_limits").column("window_start_ms").execute();
      // How many recipients a queued digest was fanned out to, so progress can be reported.
      await db.schema.alterTable("digests").addColumn("recipients", "integer").execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("digests").dropColumn("recipients").execute();
      await db.schema.dropTable("rate_limits").ifExists().execute();
    },
  },
  "0003_mail_outbox": {
    async up(db: Kysely<unknown>) {
      // Durable work behind the signup answer: a signup to apply, or a mail to send. Written in the request,
      // done afterwards by the app (or the worker), retried with backoff; see lib/db/outbox.ts.
      await db.schema
        .createTable("mail_outbox")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("kind", "text", (c) => c.notNull().check(sqlIn("kind", ["signup", "mail"])))
        .addColumn("status", "text", (c) => c.notNull().check(sqlIn("status", ["pending", "done", "failed"])))
        .addColumn("payload", "text", (c) => c.notNull())
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("created_at", "text", (c) => c.notNull())
        .addColumn("available_at", "text", (c) => c.notNull())
        .addColumn("locked_until", "text")
        .addColumn("finished_at", "text")
        .addColumn("last_error", "text")
        .execute();
      await db.schema.createIndex("mail_outbox_due").on("mail_outbox").columns(["status", "available_at"]).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable("mail_outbox").ifExists().execute();
    },
  },
  "0004_digest_claim_attempts": {
    async up(db: Kysely<unknown>) {
      // One claim rule for every digest path: a send interrupted by a crash is taken over once, never twice.
      await db.schema.alterTable("digest_sends").addColumn("attempts", "integer", (c) => c.notNull().defaultTo(1)).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable("digest_sends").dropColumn("attempts").execute();
    },
  },
};

function sqlIn(column: string, values: readonly string[]): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
