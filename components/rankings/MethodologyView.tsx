import Link from "next/link";
import { decayFactor, outcomeFactor, PRACTICES_MAX, SCORE_MAX, SCORE_WEIGHTS as W, severityOf } from "@/lib/rankings";
import { PageHeading } from "@/components/ui/PageHeading";
import { Cell, DataTable, RowHeader } from "@/components/ui/DataTable";
import { rankingsPath } from "@/lib/routes";

const one = (n: number) => (Math.round(n * 10) / 10).toLocaleString("en-US");
const two = (n: number) => (Math.round(n * 100) / 100).toLocaleString("en-US");

/** Worked numbers come from the same functions the score uses, so the page cannot drift from the maths. */
function example() {
  const severity = severityOf(1_500_000_000);
  const made = outcomeFactor({ result: "made-whole" });
  const decay2 = decayFactor("2023-01-01", "2025-01-01");
  return {
    small: severityOf(34_000_000),
    big: severity,
    tiny: severityOf(1_000_000),
    unknown: severityOf(undefined),
    made,
    partial: outcomeFactor({ result: "partial", share: 0.6 }),
    decay2,
    decay8: decayFactor("2017-01-01", "2025-01-01"),
    total: severity * W.confirmation.confirmed * made * 1 * decay2,
  };
}

export function MethodologyView() {
  const ex = example();
  return (
    <>
      <PageHeading
        eyebrow="Rankings"
        title="How the security score works"
        lead={`Version 2 of the score: 0 to ${String(SCORE_MAX)}, half from the security practices an exchange publishes, half from its incident record. Every input is sourced and dated on the exchange's profile; every weight is on this page.`}
      />
      <div className="prose prose-zinc mb-8 max-w-3xl dark:prose-invert">
        <h2>The formula</h2>
        <p>
          <strong>Score = practices (0–{PRACTICES_MAX}) + record (0–{W.recordMax})</strong>
        </p>
        <ul>
          <li>
            <strong>Practices</strong> = {PRACTICES_MAX} × points earned ÷ points possible, <em>over the practices we know</em>. An
            unknown practice is neither credited nor charged: it leaves the calculation. An exchange needs at least{" "}
            {W.minKnownPractices} known practices to be ranked; with fewer it is listed apart as <em>not enough data</em>, never
            below an exchange whose bad practice is known.
          </li>
          <li>
            <strong>Record</strong> = {W.recordMax} − the sum of every incident&rsquo;s penalty, never below zero.
          </li>
          <li>
            <strong>Incident penalty</strong> = severity × confirmation × customer outcome × target × age.
          </li>
        </ul>

        <h2>Each component, with a worked example</h2>
        <h3>Severity: the loss, without a ceiling</h3>
        <p>
          Severity = {W.incident.base} + {W.incident.perRootTenMillion} × √(loss ÷ $10 million). Every incident costs{" "}
          {W.incident.base} points even when its loss is unknown; beyond that the penalty grows with the square root of the
          loss, so a larger theft always costs more and never hits a cap. Example: $1 million → {one(ex.tiny)}; $34 million →{" "}
          {one(ex.small)}; $1.5 billion → {one(ex.big)}. A loss 44 times larger weighs {one(ex.big / ex.small)} times as much.
        </p>
        <h3>Confirmation</h3>
        <p>
          Confirmed and resolved incidents count in full ({W.confirmation.confirmed}); one reported by users or researchers but
          not confirmed counts {W.confirmation.reported}; one the exchange denies, with no independent confirmation, counts{" "}
          {W.confirmation.denied}. Example: a denied $3 million account-takeover wave costs{" "}
          {one(severityOf(3_000_000) * W.confirmation.denied)} before age and target are applied.
        </p>
        <h3>Customer outcome</h3>
        <p>
          Customers made whole: × {W.outcome["made-whole"]}. Repayment pending: × {W.outcome.pending}. Nothing repaid, or not
          known: × {W.outcome.none}. Partly repaid: × (1 − {W.outcome.partialRelief} × share repaid), so 60% repaid gives ×{" "}
          {two(ex.partial)}; a partial repayment whose share no source gives counts as nothing repaid. Covering customers matters, but a theft that was repaid still happened: it never counts as zero.
        </p>
        <h3>Target</h3>
        <p>
          Breaches of customers&rsquo; own accounts (credential stuffing, SIM swaps) or of personal data, where the
          exchange&rsquo;s wallets held: × {W.customerSideTarget}. Everything else (hot and cold wallets, custodians, bridges,
          insider theft): × 1.
        </p>
        <h3>Age</h3>
        <p>
          An incident&rsquo;s weight halves every {W.halfLifeYears} years from the day it happened: × 0.5^(years ÷{" "}
          {W.halfLifeYears}). Two years on: × {two(ex.decay2)}; eight years on: × {two(ex.decay8)}. Old incidents still count, less.
        </p>
        <p>
          <strong>Worked example.</strong> A confirmed $1.5 billion cold-wallet theft, customers made whole, two years ago:{" "}
          {one(ex.big)} × 1 × {ex.made} × 1 × {two(ex.decay2)} = <strong>{one(ex.total)} points</strong> off the record.
        </p>
        <h3>Practices</h3>
        <p>
          Two-factor authentication mandatory {W.practice.twoFactor.mandatory}, offered {W.practice.twoFactor.offered}, no 0.
          Proof of reserves attested by an independent accountant or auditor {W.practice.proofOfReserves.independent};
          self-published (the exchange&rsquo;s own Merkle tree or dashboard) {W.practice.proofOfReserves.self}; none 0. Bug bounty{" "}
          {W.practice.bugBounty}. Protection fund or insurance {W.practice.protectionFund}. Cold storage claimed{" "}
          {W.practice.coldStorage}. A fact last checked more than {W.staleAfterMonths} months ago, or undated, earns{" "}
          {W.staleFactor * 100}% of its points and is marked <em>stale</em> everywhere it appears.
        </p>
        <p>
          <strong>Worked example.</strong> 2FA offered (5 of 10), self-published proof of reserves checked last year (8 of 15),
          bug bounty yes but last checked three years ago (10 × {W.staleFactor} = 5 of 10), protection fund and cold storage
          unknown: practices = {PRACTICES_MAX} × (5 + 8 + 5) ÷ (10 + 15 + 10) = <strong>{one((PRACTICES_MAX * 18) / 35)}</strong>.
        </p>

        <h2>Renamed, merged and closed exchanges</h2>
        <p>
          An exchange carries its predecessors&rsquo; incidents: OKX&rsquo;s record includes the 2017 case reported{" "}
          <em>as OKEx</em>, and each such incident is labelled with the name it happened under. Exchanges that collapsed, closed,
          or live on under another name are not ranked beside active ones; they have their own table on the{" "}
          <Link href={rankingsPath()}>rankings page</Link>.
        </p>

        <h2>Unknowns and ties</h2>
        <p>
          When we could not find a source for a practice, the profile says <em>unknown</em>, never &ldquo;no&rdquo;. An
          incident with an unknown loss still costs its base severity and is flagged. Exchanges with the same score share a
          rank; ties are listed A–Z, and unknown values sort last in either direction.
        </p>

        <h2>What the score does not measure</h2>
        <ul>
          <li>Internal controls nobody can see: key management, staff access, audits that are not published.</li>
          <li>Solvency and custody risk beyond a proof of reserves: liabilities, rehypothecation, related-party loans.</li>
          <li>Legal and regulatory standing, market quality, fees, or whether an exchange is allowed where you live.</li>
          <li>Attacks that were never disclosed. A young exchange with a clean record may simply not have been attacked yet.</li>
          <li>Website hygiene (TLS, headers, DNSSEC), which CER.live measures and we do not.</li>
        </ul>

        <h2>How this compares</h2>
      </div>
      <DataTable
        id="comparison"
        caption="Breachdesk's score next to two published exchange ratings (their weights as stated in their methodology pages, checked December 2026)."
        headers={[
          { id: "rating", label: "Rating", sticky: true },
          { id: "what", label: "What it weighs" },
          { id: "incidents", label: "Incidents" },
          { id: "unknowns", label: "Unknown facts" },
        ]}
      >
        <tr>
          <RowHeader>Breachdesk (this page)</RowHeader>
          <Cell>Published practices 50%; incident record 50%</Cell>
          <Cell>Each incident by loss, confirmation, outcome, target and age; predecessors included</Cell>
          <Cell>Left out of the calculation; too few → not ranked</Cell>
        </tr>
        <tr>
          <RowHeader>CER.live CyberSecurity Score</RowHeader>
          <Cell>Server security 1.75, user security 1.75, penetration test 2.5, bug bounty 2.5, ISO 27001 1, funds insurance 0.5 (of 10)</Cell>
          <Cell>Previous hack cases are one input inside user security</Cell>
          <Cell>Missing controls score 0</Cell>
        </tr>
        <tr>
          <RowHeader>CoinGecko Trust Score</RowHeader>
          <Cell>Liquidity 4, scale 1, cybersecurity 2 (from CER.live), API 0.5, team 0.5, past incidents 1, proof of reserves 1 (of 10)</Cell>
          <Cell>1 point of 10</Cell>
          <Cell>Missing data scores 0</Cell>
        </tr>
      </DataTable>
      <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">
        Sources:{" "}
        <a className="underline" href="https://cer.live/certification">
          CER.live certification and CyberSecurity Score
        </a>
        ;{" "}
        <a className="underline" href="https://support.coingecko.com/hc/en-us/articles/36442561461657-Trust-Score-Methodology">
          CoinGecko Trust Score methodology
        </a>
        .
      </p>
      <DataTable
        id="weights"
        caption="Every weight in one table."
        headers={[
          { id: "input", label: "Input", sticky: true },
          { id: "rule", label: "Rule" },
          { id: "value", label: "Weight", numeric: true },
        ]}
      >
        <tr>
          <RowHeader>Two-factor authentication</RowHeader>
          <Cell>mandatory / offered / no</Cell>
          <Cell numeric>
            {W.practice.twoFactor.mandatory} / {W.practice.twoFactor.offered} / 0
          </Cell>
        </tr>
        <tr>
          <RowHeader>Proof of reserves</RowHeader>
          <Cell>independently attested / self-published / no</Cell>
          <Cell numeric>
            {W.practice.proofOfReserves.independent} / {W.practice.proofOfReserves.self} / 0
          </Cell>
        </tr>
        <tr>
          <RowHeader>Bug bounty</RowHeader>
          <Cell>yes / no</Cell>
          <Cell numeric>{W.practice.bugBounty} / 0</Cell>
        </tr>
        <tr>
          <RowHeader>Protection fund or insurance</RowHeader>
          <Cell>yes / no</Cell>
          <Cell numeric>{W.practice.protectionFund} / 0</Cell>
        </tr>
        <tr>
          <RowHeader>Cold storage</RowHeader>
          <Cell>claimed / no</Cell>
          <Cell numeric>{W.practice.coldStorage} / 0</Cell>
        </tr>
        <tr>
          <RowHeader>Stale fact</RowHeader>
          <Cell>checked over {W.staleAfterMonths} months ago, or undated</Cell>
          <Cell numeric>× {W.staleFactor}</Cell>
        </tr>
        <tr>
          <RowHeader>Severity</RowHeader>
          <Cell>
            {W.incident.base} + {W.incident.perRootTenMillion} × √(loss ÷ $10M)
          </Cell>
          <Cell numeric>no cap</Cell>
        </tr>
        <tr>
          <RowHeader>Confirmation</RowHeader>
          <Cell>confirmed or resolved / reported / denied</Cell>
          <Cell numeric>
            × {W.confirmation.confirmed} / {W.confirmation.reported} / {W.confirmation.denied}
          </Cell>
        </tr>
        <tr>
          <RowHeader>Customer outcome</RowHeader>
          <Cell>made whole / pending / none or unknown / partial</Cell>
          <Cell numeric>
            × {W.outcome["made-whole"]} / {W.outcome.pending} / {W.outcome.none} / 1 − {W.outcome.partialRelief} × share
          </Cell>
        </tr>
        <tr>
          <RowHeader>Target</RowHeader>
          <Cell>user accounts or customer data / anything else</Cell>
          <Cell numeric>× {W.customerSideTarget} / 1</Cell>
        </tr>
        <tr>
          <RowHeader>Age</RowHeader>
          <Cell>half-life in years</Cell>
          <Cell numeric>{W.halfLifeYears}</Cell>
        </tr>
      </DataTable>
    </>
  );
}
