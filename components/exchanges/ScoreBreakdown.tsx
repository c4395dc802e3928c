import Link from "next/link";
import { SCORE_WEIGHTS, type ExchangeScoreCard } from "@/lib/rankings";
import { Cell, DataTable, RowHeader } from "@/components/ui/DataTable";

function signed(points: number): string {
  const text = Math.abs(points).toLocaleString("en-US");
  return points < 0 ? `−${text}` : `+${text}`;
}

/** Every point of the score with the input it came from, so the number in the rankings can be checked. */
export function ScoreBreakdown({ name, card }: { name: string; card: ExchangeScoreCard }) {
  return (
    <>
      <p className="mb-4">
        Security score{" "}
        <strong className="tabular text-2xl">
          {card.score.score.toLocaleString("en-US")}
        </strong>{" "}
        of {card.score.max}, rank {card.rank} of {card.of} on the{" "}
        <Link href="/rankings" className="underline">
          rankings
        </Link>{" "}
        (<Link href="/rankings/methodology" className="underline">methodology</Link>).
      </p>
      <DataTable
        id="score"
        caption={`How ${name}'s score is calculated: ${String(SCORE_WEIGHTS.recordMax)} starting points for the incident record, plus or minus each input.`}
        headers={[
          { id: "input", label: "Input", sticky: true },
          { id: "value", label: "Value" },
          { id: "points", label: "Points", numeric: true },
          { id: "limit", label: "Limit", numeric: true },
        ]}
      >
        <tr>
          <RowHeader>Incident record, starting points</RowHeader>
          <Cell>—</Cell>
          <Cell numeric>{signed(SCORE_WEIGHTS.recordMax)}</Cell>
          <Cell numeric>{SCORE_WEIGHTS.recordMax}</Cell>
        </tr>
        {card.score.components.map((c) => (
          <tr key={c.key}>
            <RowHeader>{c.label}</RowHeader>
            <Cell>{c.input}</Cell>
            <Cell numeric>{signed(c.points)}</Cell>
            <Cell numeric>{signed(c.limit)}</Cell>
          </tr>
        ))}
        <tr className="border-t-2 border-ink/70 font-semibold dark:border-zinc-500">
          <RowHeader>Score</RowHeader>
          <Cell>never below 0</Cell>
          <Cell numeric>{card.score.score.toLocaleString("en-US")}</Cell>
          <Cell numeric>{card.score.max}</Cell>
        </tr>
      </DataTable>
    </>
  );
}
