/** Today's calendar day in UTC, "YYYY-MM-DD": the one definition of "today" for checks, publication and scores. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
