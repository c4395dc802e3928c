import type { LossTotal } from "@/lib/stats/aggregate";
import { formatUsd } from "./index";

/** "$3,000,000 reported lost across 4 incidents; 1 with unknown loss." — used on the server and in the explorer. */
export function describeLossTotal(total: LossTotal): string {
  const incidents = `${String(total.count)} ${total.count === 1 ? "incident" : "incidents"}`;
  const unknown =
    total.unknownCount === 0
      ? "every loss is known"
      : `${String(total.unknownCount)} with unknown loss, not counted`;
  return `${formatUsd(total.totalUsd)} reported lost across ${incidents}; ${unknown}.`;
}
