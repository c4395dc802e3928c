import Link from "next/link";
import { INCIDENT_STATUSES } from "@/lib/content";
import { ATTACK_VECTOR_DEFINITIONS, ATTACK_VECTOR_LABELS, STATUS_INFO, TARGET_TYPE_LABELS, ATTACK_VECTORS, TARGET_TYPES } from "@/lib/content/model";
import { buildMetadata } from "@/lib/metadata";
import { PageHeading } from "@/components/ui/PageHeading";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { aboutPath, explorerPath, tagsPath } from "@/lib/routes";

export const metadata = buildMetadata({
  title: "About and editorial policy",
  description: "How Breachdesk chooses sources, what each incident status means, and how corrections work.",
  path: aboutPath(),
});

export default function AboutPage() {
  return (
    <>
      <PageHeading
        eyebrow="About"
        title="Editorial policy"
        lead="Breachdesk is a newsroom for crypto-security incidents. We publish what can be sourced, label what is disputed, and log every correction."
      />
      <div className="prose prose-zinc max-w-3xl dark:prose-invert prose-headings:font-serif">
        <h2>What each status means</h2>
        <p>Every report carries one status. It changes as facts change, and each change is recorded in the article’s updates log.</p>
        <dl>
          {INCIDENT_STATUSES.map((status) => (
            <div key={status}>
              <dt>
                <StatusBadge status={status} />
              </dt>
              <dd>{STATUS_INFO[status].meaning}</dd>
            </div>
          ))}
        </dl>
        <h2 id="attack-vectors">Attack vectors</h2>
        <p>Every report files the incident under one vector: how the attacker got in, as far as the public record shows.</p>
        <dl>
          {ATTACK_VECTORS.map((vector) => (
            <div key={vector}>
              <dt className="font-semibold">{ATTACK_VECTOR_LABELS[vector]}</dt>
              <dd>{ATTACK_VECTOR_DEFINITIONS[vector]}</dd>
            </div>
          ))}
        </dl>
        <h2 id="targets">Targets</h2>
        <p>
          Separately from the vector, we record what was breached: {TARGET_TYPES.map((t) => TARGET_TYPE_LABELS[t].toLowerCase()).join(", ")}. A
          phishing email (the vector) can empty a hot wallet (the target).
        </p>
        <h2 id="money">Stolen, frozen, reimbursed</h2>
        <p>
          We keep three figures apart. <strong>Reported loss</strong> is what was taken, in US dollars at the time, with the range when
          sources disagree. <strong>Frozen or recovered</strong> is what was taken back from the attacker: frozen by a token issuer or
          another exchange, seized by police, or returned. <strong>Reimbursed</strong> is what customers got back from the exchange, its
          owners, an insurer or a court scheme — often paid out of the exchange&rsquo;s own funds while the stolen coins stay gone.
        </p>
        <h2 id="attribution">Attribution</h2>
        <p>
          When someone names the attacker, we say who said it and whether it is <strong>official</strong> (a government agency, police,
          court or regulator) or an <strong>analyst&rsquo;s</strong> view (a blockchain-analytics or security firm, a researcher). We do not
          attribute incidents ourselves. Each report keeps the attributor&rsquo;s own words; for browsing, the explorer files every
          name for North Korea&rsquo;s state hacking units (Lazarus Group, TraderTraitor, APT38, Andariel, &ldquo;DPRK cyber
          actors&rdquo;) under one heading.
        </p>
        <h2 id="disclosure">Disclosure delay</h2>
        <p>
          Where sources date both, each report shows the time from the first unauthorised outflow to the exchange&rsquo;s own first public
          acknowledgement. Dates without a time count as whole days.
        </p>
        <h2>How we choose sources</h2>
        <ul>
          <li>Every figure of loss is backed by at least one public source: the exchange’s own statement, a court or regulator filing, blockchain analysis, or reporting by an established outlet.</li>
          <li>Where sources disagree we give the most widely cited figure and the range, and say which source says what.</li>
          <li>Every source names its publisher and date; we use two independent sources wherever they exist.</li>
          <li>Losses are stated in US dollars at the time of the incident. When a loss is not known we say “unknown” — never zero.</li>
          <li>Claims by exchanges and by victims are attributed to them, not stated as fact.</li>
        </ul>
        <h2>How corrections work</h2>
        <p>
          We never silently change a published fact. Every correction or material update adds a dated entry to the
          article’s <em>Updates and corrections</em> log, and the article shows its last updated date. If a status changes —
          say from reported to confirmed — the log records the change.
        </p>
        <p>
          Spotted an error? Write to us through our channels listed in the footer, with a source; we review every request.
        </p>
        <h2>What we cover</h2>
        <p>
          Centralised exchange breaches, thefts and failures that cost users money: hot-wallet and key compromises,
          account takeovers, insider theft and exit scams. Start with the <Link href={explorerPath()}>incident archive</Link> or
          browse by <Link href={tagsPath()}>tag</Link>.
        </p>
      </div>
    </>
  );
}
