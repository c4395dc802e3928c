/**
 * RFC 4180 CSV: CRLF line ends, a header row, and fields quoted when they hold a comma, quote,
 * CR or LF (quotes doubled). Titles with commas and multi-line text survive a round trip.
 */
export type CsvValue = string | number | null | undefined;

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
