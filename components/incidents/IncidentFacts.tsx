import Link from "next/link";
import type { ExchangeRef, Incident } from "@/lib/content";
import { ATTACK_VECTOR_LABELS, ATTRIBUTION_KIND_LABELS, CHAIN_LABELS, CUSTOMER_OUTCOME_LABELS, TARGET_TYPE_LABELS, describeDisclosureDelay } from "@/lib/content/model";
import { formatDate, formatMoment, formatUsd, formatUsdCompact } from "@/lib/format";
import { reportedLossRange } from "@/lib/losses";
import { LossAmount } from "./LossAmount";
import { exchangePath } from "@/lib/routes";

const amount = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

function Money({ usd }: { usd: number }) {
  return (
    <data value={usd} className="tabular font-semibold">
      {formatUsd(usd)}
    </data>
  );
}

/** The at-a-glance fact box beside an article: every v2 field that the report fills, nothing guessed. */
export function IncidentFacts({ incident, exchanges }: { incident: Incident; exchanges: ExchangeRef[] }) {
  const outcome = incident.customerOutcome;
  const delay = incident.disclosureDelay;
  const range = reportedLossRange(incident);
  const rows: { term: string; detail: React.ReactNode }[] = [
    {
      term: "Reported loss",
      detail: (
        <>
          <LossAmount lossUsd={incident.lossUsd} compact={false} />
          {range ? (
            <span className="block text-zinc-600 dark:text-zinc-400">
              Sources range from {formatUsdCompact(range.low)} to{" "}
              {formatUsdCompact(range.high)}
            </span>
          ) : null}
        </>
      ),
    },
    ...(incident.stolenAssets.length > 0
      ? [
          {
            term: "Amounts taken",
            detail: (
              <ul>
                {incident.stolenAssets.map((a) => (
                  <li key={a.asset} className="tabular">
                    {amount.format(a.amount)} {a.asset}
                  </li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
    ...(incident.frozenOrRecoveredUsd !== undefined
      ? [{ term: "Frozen or recovered from the attacker", detail: <Money usd={incident.frozenOrRecoveredUsd} /> }]
      : []),
    ...(incident.reimbursedUsd !== undefined ? [{ term: "Reimbursed to customers", detail: <Money usd={incident.reimbursedUsd} /> }] : []),
    ...(outcome
      ? [
          {
            term: "Outcome for customers",
            detail: (
              <>
                {CUSTOMER_OUTCOME_LABELS[outcome.result]}
                {outcome.share !== undefined && ` (${String(Math.round(outcome.share * 100))}% of losses)`}
                {outcome.date && (
                  <>
                    , <time dateTime={outcome.date}>{formatDate(outcome.date)}</time>
                  </>
                )}
                {outcome.note && <span className="block text-zinc-600 dark:text-zinc-400">{outcome.note}</span>}
              </>
            ),
          },
        ]
      : []),
    {
      term: "Incident date",
      detail: incident.incidentDate ? (
        <>
          <time dateTime={incident.incidentDate}>{formatDate(incident.incidentDate)}</time>
          {incident.incidentEndDate && (
            <>
              {" "}
              to <time dateTime={incident.incidentEndDate}>{formatDate(incident.incidentEndDate)}</time>
            </>
          )}
        </>
      ) : (
        "Unknown"
      ),
    },
    ...(delay
      ? [
          {
            term: "Disclosure delay",
            detail: (
              <>
                <strong>{describeDisclosureDelay(delay)}</strong>
                <span className="block text-zinc-600 dark:text-zinc-400">
                  First outflow <time dateTime={delay.firstOutflowAt}>{formatMoment(delay.firstOutflowAt)}</time>; acknowledged by the
                  exchange <time dateTime={delay.acknowledgedAt}>{formatMoment(delay.acknowledgedAt)}</time>
                </span>
              </>
            ),
          },
        ]
      : []),
    { term: "Attack vector", detail: ATTACK_VECTOR_LABELS[incident.attackVector] },
    ...(incident.targetType ? [{ term: "Target", detail: TARGET_TYPE_LABELS[incident.targetType] }] : []),
    ...(incident.chains.length > 0 ? [{ term: incident.chains.length === 1 ? "Chain" : "Chains", detail: incident.chains.map((c) => CHAIN_LABELS[c]).join(", ") }] : []),
    ...(incident.attribution.length > 0
      ? [
          {
            term: "Attribution",
            detail: (
              <ul>
                {incident.attribution.map((a) => (
                  <li key={`${a.actor}-${a.by}`}>
                    <strong>{a.actor}</strong>, according to{" "}
                    <a href={a.source} className="underline underline-offset-2" rel="noopener noreferrer" target="_blank">
                      {a.by}
                    </a>{" "}
                    <span className="text-zinc-600 dark:text-zinc-400">
                      ({ATTRIBUTION_KIND_LABELS[a.kind].toLowerCase()}
                      {a.date && (
                        <>
                          , <time dateTime={a.date}>{formatDate(a.date)}</time>
                        </>
                      )}
                      )
                    </span>
                  </li>
                ))}
              </ul>
            ),
          },
        ]
      : []),
    ...(incident.assets.length > 0 ? [{ term: "Assets", detail: incident.assets.join(", ") }] : []),
    {
      term: exchanges.length === 1 ? "Exchange" : "Exchanges",
      detail:
        exchanges.length === 0
          ? "None named"
          : exchanges.map((e, i) => (
              <span key={e.slug}>
                {i > 0 && ", "}
                <Link href={exchangePath(e.slug)} className="font-semibold underline underline-offset-2 hover:text-accent">
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
