/**
 * Spaces sends evenly at `perSecond` (0 = no limit) across every concurrent caller in this process, so a
 * worker never bursts past what the SMTP relay allows.
 */
export function createSendPacer(perSecond: number): () => Promise<void> {
  if (perSecond <= 0) return () => Promise.resolve();
  const gapMs = 1000 / perSecond;
  let nextSlot = 0;
  return () => {
    const now = Date.now();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + gapMs;
    const wait = slot - now;
    return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
  };
}
