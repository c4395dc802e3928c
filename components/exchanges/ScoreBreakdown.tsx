import Link from "next/link";
import { SCORE_WEIGHTS, type ExchangeScoreCard } from "@/lib/rankings";
import { formatDate, formatUsdCompact } from "@/lib/format";
import { Cell, DataTable, RowHeader } from "@/components/ui/DataTable";
import { incidentPath, rankingsMethodologyPath, rankingsPath } from "@/lib/routes";

const num = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });

function Standing({ name, card }: { name: string; card: ExchangeScoreCard }) {
  const { score } = card;
  if (card.group === "ranked" && score.score !== undefined) {
    return (
      <>
        Security score <strong className="tabular text-2xl">{num(score.score)}</strong> of {score.max}, rank {card.rank} of {card.of}{" "}
        ranked exchanges on the{" "}
        <Link href={rankingsPath()} className="underline">
          rankings
        </Link>
      </>
    );
  }
  if (card.group === "closed") {
    return (
      <>
        {name} no longer operates under this name, so it is not ranked; it is listed with the closed and renamed exchanges on the{" "}
        <Link href={rankingsPath("closed")} className="underline">
          rankings page
        </Link>
      </>
    );
  }
  return (
    <>
      <strong>Not enough data to rank.</strong> We could source {score.knownPractices} of 5 security practices; a ranking
      needs at least {SCORE_WEIGHTS.minKnownPractices}. The incident record below still applies
    </>
  );
}

/** Every point of the score with the input it came from, so the number in the rankings can be checked. */
export function ScoreBreakdown({ name, card }: { name: string; card: ExchangeScoreCard }) {
  const { score } = card;
  return (
    <>
      <p className="mb-4">
        <Standing name={name} card={card} /> (<Link href={rankingsMethodologyPath()} className="underline">methodology</Link>). Computed
        as of <time dateTime={card.asOf}>{formatDate(card.asOf)}</time>.
      </p>
      <DataTable
        id="score"
        caption={`Practices: ${String(SCORE_WEIGHTS.practicesMax)} × points earned ÷ points possible over the ${String(score.knownPractices)} known practices = ${num(score.practicesPoints)}.`}
        headers={[
          { id: "practice", label: "Practice", sticky: true },
          { id: "value", label: "Value" },
          { id: "points", label: "Points", numeric: true },
          { id: "possible", label: "Possible", numeric: true },
        ]}
      >
        {score.practices.map((p) => (
          <tr key={p.key}>
            <RowHeader>{p.label}</RowHeader>
            <Cell>
              {p.input}
              {p.stale && <span className="ml-1 text-xs font-bold text-amber-800 dark:text-amber-300">(stale: half points)</span>}
            </Cell>
            <Cell numeric>{p.known ? num(p.points) : "—"}</Cell>
            <Cell numeric>{p.known ? num(p.max) : "not counted"}</Cell>
          </tr>
        ))}
        <tr className="border-t-2 border-ink/70 font-semibold dark:border-zinc-500">
          <RowHeader>Practices</RowHeader>
          <Cell>scaled to {SCORE_WEIGHTS.practicesMax}</Cell>
          <Cell numeric>{num(score.practicesPoints)}</Cell>
          <Cell numeric>{SCORE_WEIGHTS.practicesMax}</Cell>
        </tr>
      </DataTable>
      <div className="mt-6">
        <DataTable
          id="record"
          caption={`Incident record: ${String(SCORE_WEIGHTS.recordMax)} minus each incident's penalty (severity × confirmation × outcome × target × age), never below 0 = ${num(score.recordPoints)}.`}
          headers={[
            { id: "incident", label: "Incident", sticky: true },
            { id: "severity", label: "Severity", numeric: true },
            { id: "confirmation", label: "Confirmation", numeric: true },
            { id: "outcome", label: "Outcome", numeric: true },
            { id: "target", label: "Target", numeric: true },
            { id: "age", label: "Age", numeric: true },
            { id: "penalty", label: "Penalty", numeric: true },
          ]}
        >
          {score.incidents.length === 0 && (
            <tr>
              <RowHeader>No incidents reported</RowHeader>
              <Cell numeric>—</Cell>
              <Cell numeric>—</Cell>
              <Cell numeric>—</Cell>
              <Cell numeric>—</Cell>
              <Cell numeric>—</Cell>
              <Cell numeric>0</Cell>
            </tr>
          )}
          {score.incidents.map((i) => (
            <tr key={i.slug}>
              <RowHeader>
                <Link href={incidentPath(i.slug)} className="underline">
                  {i.date.slice(0, 4)}
                  {i.asName && ` (as ${i.asName})`}
                </Link>
                <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                  {i.lossUsd === undefined ? "loss unknown" : formatUsdCompact(i.lossUsd)}
                </span>
              </RowHeader>
              <Cell numeric>{num(i.severity)}</Cell>
              <Cell numeric>× {num(i.confirmation)}</Cell>
              <Cell numeric>× {num(i.outcome)}</Cell>
              <Cell numeric>× {num(i.target)}</Cell>
              <Cell numeric>× {num(i.decay)}</Cell>
              <Cell numeric>−{num(i.points)}</Cell>
            </tr>
          ))}
          <tr className="border-t-2 border-ink/70 font-semibold dark:border-zinc-500">
            <RowHeader>Record</RowHeader>
            <Cell numeric>—</Cell>
            <Cell numeric>—</Cell>
            <Cell numeric>—</Cell>
            <Cell numeric>—</Cell>
            <Cell numeric>—</Cell>
            <Cell numeric>{num(score.recordPoints)}</Cell>
          </tr>
        </DataTable>
      </div>
      {score.score !== undefined && (
        <p className="mt-4 font-semibold">
          Score = {num(score.practicesPoints)} + {num(score.recordPoints)} = <span className="tabular">{num(score.score)}</span>
        </p>
      )}
    </>
  );
}
