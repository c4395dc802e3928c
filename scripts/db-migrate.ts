/**
 * npm run db:migrate — brings the database (and, on PostgreSQL, the job queue's schema) up to date, once,
 * before new app instances and workers start. Instances also migrate on first use; running this first means
 * a rolling deploy never has several of them racing to create tables.
 */
import { getDatabase } from "@/lib/db";
import { openDigestQueue } from "@/lib/newsletter/queue";
import { runDatabaseScript } from "./support/run-database-script";

async function main(): Promise<void> {
  const db = await getDatabase();
  console.log(`Database migrated: ${db.location}`);
  if (db.kind === "postgres") {
    const queue = await openDigestQueue();
    await queue.stop({ graceful: false });
    console.log("Job queue schema ready (pg-boss).");
  }
}

runDatabaseScript(main);
