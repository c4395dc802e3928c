import type { SecurityFact, SecurityFacts } from "@/lib/content";
import { formatDate } from "@/lib/format";
import { Cell, DataTable, RowHeader } from "@/components/ui/DataTable";
import { FactValue } from "./FactValue";
import { isStale } from "@/lib/rankings/score";

const ITEMS: { key: keyof SecurityFacts; label: string }[] = [
  { key: "twoFactor", label: "Two-factor authentication" },
  { key: "proofOfReserves", label: "Proof of reserves" },
  { key: "bugBounty", label: "Bug bounty" },
  { key: "protectionFund", label: "Protection fund or insurance" },
  { key: "coldStorage", label: "Cold storage" },
];

function Detail({ fact }: { fact: SecurityFact }) {
  const parts: React.ReactNode[] = [];
  if (fact.name) parts.push(<span key="name">{fact.name}. </span>);
  if (fact.value === "yes" && fact.attestation)
    parts.push(
      <span key="attestation">{fact.attestation === "independent" ? "Attested by an independent accountant. " : "Self-published by the exchange. "}</span>,
    );
  if (fact.lastPublished)
    parts.push(
      <span key="published">
        Last report published <time dateTime={fact.lastPublished}>{formatDate(fact.lastPublished)}</time>.{" "}
      </span>,
    );
  if (fact.note) parts.push(<span key="note">{fact.note}</span>);
  return parts.length > 0 ? <>{parts}</> : <span className="text-zinc-600 dark:text-zinc-400">No public information found.</span>;
}

export function SecurityChecklist({ name, facts, today }: { name: string; facts: SecurityFacts; today: string }) {
  return (
    <DataTable
      id="checklist"
      caption={`Security checklist for ${name}: what the exchange offers, with the source and the date it was true. Unknown means we found no public source, not "no".`}
      headers={[
        { id: "practice", label: "Practice", sticky: true },
        { id: "value", label: "Status" },
        { id: "detail", label: "Detail" },
        { id: "as-of", label: "As of", numeric: true },
        { id: "source", label: "Source" },
      ]}
    >
      {ITEMS.map(({ key, label }) => {
        const fact = facts[key];
        return (
          <tr key={key}>
            <RowHeader>{label}</RowHeader>
            <Cell>
              <FactValue value={fact.value} />
            </Cell>
            <td className="min-w-[18rem] px-2 py-2 align-top">
              <Detail fact={fact} />
            </td>
            <Cell numeric>
              {fact.asOf ? <time dateTime={fact.asOf}>{formatDate(fact.asOf)}</time> : <span className="italic text-zinc-600 dark:text-zinc-400">Undated</span>}
              {fact.value !== "unknown" && isStale(fact.asOf, today) && (
                <span className="ml-1 rounded bg-amber-100 px-1 text-xs font-bold text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">stale</span>
              )}
            </Cell>
            <Cell>
              {fact.source ? (
                <a href={fact.source} rel="noopener noreferrer" className="underline">
                  {new URL(fact.source).hostname.replace(/^www\./, "")}
                </a>
              ) : (
                <span className="italic text-zinc-600 dark:text-zinc-400">None</span>
              )}
            </Cell>
          </tr>
        );
      })}
    </DataTable>
  );
}
