import { formatUsd, formatUsdCompact } from "@/lib/format";

/** A missing loss is "unknown", never $0. */
export function LossAmount({ lossUsd, compact = true }: { lossUsd?: number; compact?: boolean }) {
  if (lossUsd === undefined) return <span className="text-zinc-600 italic dark:text-zinc-400">Loss unknown</span>;
  return (
    <data value={lossUsd} title={formatUsd(lossUsd)} className="tabular font-semibold">
      {compact ? formatUsdCompact(lossUsd) : formatUsd(lossUsd)}
    </data>
  );
}
