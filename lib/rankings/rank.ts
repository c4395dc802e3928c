/**
 * Grouping and ranking of scored exchanges, pure: ranked (active, enough known facts) by score with
 * shared ranks for ties; then "not enough data" and closed exchanges, each A–Z and never ranked.
 */
import type { SecurityScore } from "./score";
import { assignRanks } from "./sort";
import { applySort, securityTable, type SecurityGroup, type SecurityRow } from "./tables";

export function groupOf(status: SecurityRow["status"], score: Pick<SecurityScore, "enoughData">): SecurityGroup {
  if (status !== "active") return "closed";
  return score.enoughData ? "ranked" : "unrated";
}

const byName = (a: SecurityRow, b: SecurityRow) => a.name.localeCompare(b.name, "en") || a.slug.localeCompare(b.slug);

export function rankSecurityRows(rows: readonly SecurityRow[]): SecurityRow[] {
  const ranked = applySort(securityTable, rows.filter((r) => r.group === "ranked"), { column: "score", direction: "desc" });
  const ranks = assignRanks(ranked, (a, b) => a.score === b.score);
  return [
    ...ranked.map((row, i) => ({ ...row, rank: ranks[i] ?? i + 1 })),
    ...rows.filter((r) => r.group === "unrated").map((r) => ({ ...r, rank: undefined })).sort(byName),
    ...rows.filter((r) => r.group === "closed").map((r) => ({ ...r, rank: undefined })).sort(byName),
  ];
}
