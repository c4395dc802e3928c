/**
 * Disclosure delay: from the first unauthorised outflow to the exchange's own first public word.
 * Pure and client-safe, so the article, the stats chart and the tests share one rule.
 */
import { compareMoments, momentMs } from "./vocabularies";
import type { DisclosureDelay } from "./types";

export function disclosureDelay(input: { firstOutflowAt?: string; acknowledgedAt?: string }): DisclosureDelay | undefined {
  const { firstOutflowAt, acknowledgedAt } = input;
  if (!firstOutflowAt || !acknowledgedAt || compareMoments(acknowledgedAt, firstOutflowAt) < 0) return undefined;
  // At the precision both have: a bare date on either side makes the delay whole days.
  const dayPrecision = firstOutflowAt.length === 10 || acknowledgedAt.length === 10;
  const from = dayPrecision ? firstOutflowAt.slice(0, 10) : firstOutflowAt;
  const to = dayPrecision ? acknowledgedAt.slice(0, 10) : acknowledgedAt;
  return { hours: (momentMs(to) - momentMs(from)) / 3_600_000, firstOutflowAt, acknowledgedAt };
}

/**
 * "same day", "5 hours", "3 days", "7 months". Dates without a time are whole days, so two
 * dates a day apart read "1 day", never "24 hours".
 */
export function describeDisclosureDelay(delay: DisclosureDelay): string {
  return describeDelayHours(delay.hours, delay.firstOutflowAt.length > 10 && delay.acknowledgedAt.length > 10);
}

/** A delay in words; `timed` when both ends carry a time, so short delays read in hours. */
export function describeDelayHours(hours: number, timed: boolean): string {
  if (timed && hours < 48) {
    const minutes = Math.round(hours * 60);
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    const hourText = h === 0 ? "" : `${String(h)} hour${h === 1 ? "" : "s"}`;
    // Under ten hours the minutes matter (Bybit spoke 1 hour 31 minutes after the first outflow).
    const minuteText = m === 0 || h >= 10 ? "" : `${String(m)} minute${m === 1 ? "" : "s"}`;
    return [hourText, minuteText].filter(Boolean).join(" ") || "under a minute";
  }
  const days = Math.round(hours / 24);
  if (days === 0) return "same day";
  if (days < 60) return `${String(days)} day${days === 1 ? "" : "s"}`;
  const months = Math.round(days / 30.44);
  if (months < 24) return `${String(months)} months`;
  return `${(days / 365.25).toFixed(1)} years`;
}
