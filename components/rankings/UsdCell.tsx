import { formatUsd, formatUsdCompact } from "@/lib/format";

/** Compact in the table ("$1.5B"), the exact figure in a title and in the data value. */
export function UsdValue({ value }: { value: number }) {
  return (
    <data value={value} title={formatUsd(value)}>
      {formatUsdCompact(value)}
    </data>
  );
}
