/**
 * The only pg-boss user: durable jobs in PostgreSQL, fetched with SKIP LOCKED so any number of worker
 * processes on any machines share one queue. A job whose worker dies stays "active" until it expires, then
 * pg-boss retries it (at-least-once); handlers must therefore be idempotent.
 */
import PgBoss from "pg-boss";

export type QueueSettings = {
  url: string;
  /** Retries after a handler throws (or its worker dies), with exponential backoff from retryDelaySeconds. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** A job active longer than this is considered abandoned and retried. */
  expireSeconds: number;
  /** How often this process runs pg-boss maintenance (expiry of abandoned jobs); shared across processes. */
  maintenanceSeconds: number;
};

export type JobQueue<T extends object> = {
  enqueue(items: T[]): Promise<void>;
  /** Starts `concurrency` polling loops, each handling one job at a time. */
  work(concurrency: number, handler: (data: T) => Promise<void>): Promise<void>;
  counts(): Promise<{ waiting: number; active: number }>;
  stop(options?: { graceful: boolean }): Promise<void>;
};

export async function openJobQueue<T extends object>(name: string, settings: QueueSettings, onError: (error: Error) => void): Promise<JobQueue<T>> {
  const boss = new PgBoss({
    connectionString: settings.url,
    max: 4,
    maintenanceIntervalSeconds: settings.maintenanceSeconds,
    application_name: `breachdesk-${name}`,
  });
  boss.on("error", onError);
  // start() creates or migrates pg-boss's own schema under an advisory lock: safe from many processes at once.
  await boss.start();
  await boss.createQueue(name, {
    name,
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: settings.expireSeconds,
  });
  return {
    async enqueue(items) {
      const CHUNK = 1000;
      for (let i = 0; i < items.length; i += CHUNK) {
        await boss.insert(items.slice(i, i + CHUNK).map((data) => ({ name, data })));
      }
    },
    async work(concurrency, handler) {
      for (let i = 0; i < concurrency; i += 1) {
        await boss.work<T>(name, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
          if (job) await handler(job.data);
        });
      }
    },
    async counts() {
      const waiting = await boss.getQueueSize(name, { before: "active" });
      const notFinished = await boss.getQueueSize(name, { before: "completed" });
      return { waiting, active: notFinished - waiting };
    },
    async stop(options = { graceful: true }) {
      await boss.stop({ graceful: options.graceful, wait: true, timeout: 30_000 });
    },
  };
}
