/** Readiness of this instance: the database answers within a few seconds. */
import { pingDatabase } from "@/lib/db";

const TIMEOUT_MS = 3000;

export async function checkHealth(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      pingDatabase(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${String(TIMEOUT_MS)} ms`)), TIMEOUT_MS);
      }),
    ]);
    return true;
  } catch (error) {
    // Logged for operators; the HTTP answer says nothing about hosts, drivers or credentials.
    console.error(`[health] database unreachable: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  } finally {
    clearTimeout(timer);
  }
}
