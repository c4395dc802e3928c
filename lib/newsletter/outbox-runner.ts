/**
 * Drains the outbox in the background of a long-running process (the app server, the worker): right after a
 * signup is queued (`kick`), and every `pollMs` for retries and for work another process left behind. One drain
 * at a time per runner; a kick during a drain runs one more pass afterwards.
 */
import type { DeliveryReport } from "./service";

export type OutboxRunner = { kick(): void; drainNow(): Promise<void>; stop(): void };

export function createOutboxRunner(options: {
  drain: () => Promise<DeliveryReport>;
  pollMs: number;
  log?: (message: string) => void;
}): OutboxRunner {
  const log = options.log ?? ((m: string) => console.error(m));
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const drainNow = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await options.drain();
        } catch (error) {
          // The rows stay pending; the next poll tries again.
          log(`[outbox] drain failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      } while (again && !stopped);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  const timer = setInterval(() => void drainNow(), options.pollMs);
  timer.unref();
  return {
    kick: () => {
      // After the current request's answer is written, not inside it.
      setImmediate(() => void drainNow());
    },
    drainNow,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
