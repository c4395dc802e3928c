import Link from "next/link";
import { PRACTICES_MAX, SCORE_MAX, SCORE_WEIGHTS as W } from "@/lib/rankings";
import { formatUsd } from "@/lib/format";
import { PageHeading } from "@/components/ui/PageHeading";
import { Cell, DataTable, RowHeader } from "@/components/ui/DataTable";

export function MethodologyView() {
  return (
    <>
      <PageHeading
        eyebrow="Rankings"
        title="How the security score works"
        lead={`A score from 0 to ${String(SCORE_MAX)}: up to ${String(PRACTICES_MAX)} points for security practices an exchange publishes, plus an incident record that starts at ${String(W.recordMax)} and loses points for every incident and for the money lost.`}
      />
      <div className="prose prose-zinc mb-8 max-w-3xl dark:prose-invert">
        <h2>The formula in plain words</h2>
        <p>
          <strong>Score = practices points + {W.recordMax} − incident penalty − loss penalty</strong>, never below zero.
        </p>
        <ul>
          <li>
            <strong>Practices</strong> (at most {PRACTICES_MAX} points): each fact comes from a public source with a date,
            shown on the exchange&rsquo;s profile.
          </li>
          <li>
            <strong>Incident penalty</strong>: {W.perIncident} points for every incident we have reported that names the
            exchange, up to {W.maxIncidentPenalty} points. An incident naming two exchanges counts for both. Denied
            incidents count too: customers lost money on the platform either way, and the status is shown next to each.
          </li>
          <li>
            <strong>Loss penalty</strong>: {W.perTenfoldLoss} points for every tenfold step of total reported losses above{" "}
            {formatUsd(W.lossThresholdUsd)}, up to {W.maxLossPenalty} points. So $1 million costs {W.perTenfoldLoss}{" "}
            points, $10 million {W.perTenfoldLoss * 2}, $100 million {W.perTenfoldLoss * 3}, $1 billion {W.perTenfoldLoss * 4}.
            Losses are the reported US-dollar figures at the time of the incident.
          </li>
        </ul>
        <h2>Unknowns</h2>
        <p>
          When we could not find a source for a practice, the profile shows it as <em>unknown</em>, never as &ldquo;no&rdquo;.
          Unknown earns no points: the score only credits what can be checked. When an incident&rsquo;s loss is unknown, it
          still counts as an incident but adds nothing to the loss total, and every total says how many losses are unknown.
        </p>
        <h2>Ties and sorting</h2>
        <p>
          Exchanges with the same score share a rank. Every column on the rankings page can be sorted both ways; rows that
          tie are always listed A–Z, and unknown values are listed last in either direction.
        </p>
        <h2>Limits</h2>
        <p>
          The score measures what is public, not how secure an exchange really is. A young exchange with no incidents may
          simply not have been attacked yet; a renamed exchange keeps its own history (see{" "}
          <Link href="/exchanges/okex">OKEx</Link> and <Link href="/exchanges/okx">OKX</Link>). Market ranks come from
          different providers and dates and are shown with both.
        </p>
      </div>
      <DataTable
        id="weights"
        caption="Score weights: the points each input can add or take away."
        headers={[
          { id: "input", label: "Input", sticky: true },
          { id: "rule", label: "Rule" },
          { id: "points", label: "Points", numeric: true },
        ]}
      >
        <tr>
          <RowHeader>Two-factor authentication</RowHeader>
          <Cell>mandatory for withdrawals / offered / no or unknown</Cell>
          <Cell numeric>
            +{W.twoFactor.mandatory} / +{W.twoFactor.offered} / 0
          </Cell>
        </tr>
        <tr>
          <RowHeader>Proof of reserves</RowHeader>
          <Cell>published (yes) / no or unknown</Cell>
          <Cell numeric>+{W.proofOfReserves} / 0</Cell>
        </tr>
        <tr>
          <RowHeader>Bug bounty</RowHeader>
          <Cell>yes / no or unknown</Cell>
          <Cell numeric>+{W.bugBounty} / 0</Cell>
        </tr>
        <tr>
          <RowHeader>Protection fund or insurance</RowHeader>
          <Cell>yes / no or unknown</Cell>
          <Cell numeric>+{W.protectionFund} / 0</Cell>
        </tr>
        <tr>
          <RowHeader>Cold storage</RowHeader>
          <Cell>claimed (yes) / no or unknown</Cell>
          <Cell numeric>+{W.coldStorage} / 0</Cell>
        </tr>
        <tr>
          <RowHeader>Incident record</RowHeader>
          <Cell>starting points</Cell>
          <Cell numeric>+{W.recordMax}</Cell>
        </tr>
        <tr>
          <RowHeader>Incidents</RowHeader>
          <Cell>per incident, at most {W.maxIncidentPenalty}</Cell>
          <Cell numeric>−{W.perIncident}</Cell>
        </tr>
        <tr>
          <RowHeader>Reported losses</RowHeader>
          <Cell>per tenfold step above {formatUsd(W.lossThresholdUsd)}, at most {W.maxLossPenalty}</Cell>
          <Cell numeric>−{W.perTenfoldLoss}</Cell>
        </tr>
      </DataTable>
    </>
  );
}
