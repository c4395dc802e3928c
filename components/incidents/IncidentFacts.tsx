import Link from "next/link";
import type { ExchangeRef, Incident } from "@/lib/content";
import { ATTACK_VECTOR_LABELS } from "@/lib/content/labels";
import { formatDate } from "@/lib/format";
import { LossAmount } from "./LossAmount";

/** The at-a-glance fact box beside an article. */
export function IncidentFacts({ incident, exchanges }: { incident: Incident; exchanges: ExchangeRef[] }) {
  const rows: { term: string; detail: React.ReactNode }[] = [
    { term: "Reported loss", detail: <LossAmount lossUsd={incident.lossUsd} compact={false} /> },
    ...(incident.recoveredUsd !== undefined
      ? [{ term: "Recovered or reimbursed", detail: <LossAmount lossUsd={incident.recoveredUsd} compact={false} /> }]
      : []),
    {
      term: "Incident date",
      detail: incident.incidentDate ? <time dateTime={incident.incidentDate}>{formatDate(incident.incidentDate)}</time> : "Unknown",
    },
    { term: "Attack vector", detail: ATTACK_VECTOR_LABELS[incident.attackVector] },
    ...(incident.assets.length > 0 ? [{ term: "Assets", detail: incident.assets.join(", ") }] : []),
    {
      term: exchanges.length === 1 ? "Exchange" : "Exchanges",
      detail:
        exchanges.length === 0
          ? "None named"
          : exchanges.map((e, i) => (
              <span key={e.slug}>
                {i > 0 && ", "}
                <Link href={`/exchanges/${e.slug}`} className="font-semibold underline underline-offset-2 hover:text-accent">
                  {e.name}
                </Link>
              </span>
            )),
    },
  ];
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded border border-zinc-300 bg-white/60 p-4 text-sm dark:border-zinc-700 dark:bg-white/5">
      {rows.map((row) => (
        <div key={row.term} className="contents">
          <dt className="text-zinc-600 dark:text-zinc-400">{row.term}</dt>
          <dd>{row.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
