/** Display formatting shared by pages, feeds and tables. Dates are calendar days in UTC. */

const usdFull = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const usdCompact = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  notation: "compact",
  // Without a minimum, currency style pads to "$3.0M"; "$3M" and "$1.5B" read better in tables.
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});
const dateLong = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatUsd(value: number): string {
  return usdFull.format(value);
}

/** "$3M" for tables and cards; pair it with formatUsd in a title for the exact figure. */
export function formatUsdCompact(value: number): string {
  return usdCompact.format(value);
}

const AMOUNT_THEN_UNIT = /(\d[\d,.]*)[ \t]+(thousand|million|billion|trillion)\b/gi;

/**
 * Headlines are balanced (text-wrap: balance), which likes to break "$230 / million" across lines; a
 * no-break space keeps an amount and its unit together. Only the space changes, never the figure.
 */
export function keepAmountsTogether(text: string): string {
  return text.replace(AMOUNT_THEN_UNIT, "$1\u00a0$2");
}

export function formatDate(isoDay: string): string {
  return dateLong.format(new Date(`${isoDay}T00:00:00Z`));
}

export function humanizeSlug(slug: string): string {
  return slug.replace(/-/g, " ");
}

const timeUtc = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" });

/** "21 February 2025", or "21 February 2025, 13:10 UTC" when the value carries a time. */
export function formatMoment(value: string): string {
  if (value.length <= 10) return formatDate(value);
  return `${formatDate(value.slice(0, 10))}, ${timeUtc.format(new Date(value))} UTC`;
}
