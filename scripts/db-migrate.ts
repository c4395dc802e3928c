/**
 * npm run db:migrate — brings the database (and, on PostgreSQL, the job queue's schema) up to date, once,
 * before new app instances and workers start. Instances also migrate on first use; running this first means
 * a rolling deploy never has several of them racing to create tables.
 */
import { closeDatabase, getDatabase } from "@/lib/db";
import { openDigestQueue } from "@/lib/newsletter/queue";

async function main(): Promise<void> {
  const db = await getDatabase();
  console.log(`Database migrated: ${db.location}`);
  if (db.kind === "postgres") {
    const queue = await openDigestQueue();
    await queue.stop({ graceful: false });
    console.log("Job queue schema ready (pg-boss).");
  }
}

main()
  .then(() => closeDatabase())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDatabase();
    process.exitCode = 1;
  });
