/**
 * The job queue for SQLite deployments: the same interface as the pg-boss queue, held in this process's
 * memory, so `newsletter:digest` runs the one delivery path without PostgreSQL. Not durable: whatever a crash
 * leaves unfinished is found again in the database by the next run (see DigestDelivery.enqueue).
 */
import type { JobQueue } from "./index";

type JobFailure<T> = { job: T; error: Error };

export type InProcessQueue<T extends object> = JobQueue<T> & {
  readonly durable: false;
  /** Jobs whose handler threw, in order: not retried here, reported to whoever ran the queue. */
  failures(): JobFailure<T>[];
};

export function createInProcessQueue<T extends object>(): InProcessQueue<T> {
  const waiting: T[] = [];
  const failures: JobFailure<T>[] = [];
  let active = 0;
  return {
    durable: false,
    enqueue(items) {
      waiting.push(...items);
      return Promise.resolve();
    },
    /** Unlike pg-boss, resolves once every queued job has been handled. */
    async work(concurrency, handler) {
      const loop = async () => {
        for (let job = waiting.shift(); job !== undefined; job = waiting.shift()) {
          active += 1;
          try {
            await handler(job);
          } catch (error) {
            failures.push({ job, error: error instanceof Error ? error : new Error(String(error)) });
          } finally {
            active -= 1;
          }
        }
      };
      await Promise.all(Array.from({ length: concurrency }, loop));
    },
    counts() {
      return Promise.resolve({ waiting: waiting.length, active });
    },
    stop() {
      waiting.length = 0;
      return Promise.resolve();
    },
    failures: () => [...failures],
  };
}
