import { closeDatabase } from "@/lib/db";

/**
 * Runs a command-line script that opens the database: prints a failure as one readable line,
 * always closes the pool (so the process can exit) and sets the exit code.
 */
export function runDatabaseScript(main: () => Promise<number | void>): void {
  main()
    .then(async (code) => {
      await closeDatabase();
      process.exitCode = code ?? 0;
    })
    .catch(async (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      await closeDatabase();
      process.exitCode = 1;
    });
}
