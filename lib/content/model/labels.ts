import { CHAINS, type AttackVector, type AttributionKind, type Chain, type CustomerOutcomeResult, type IncidentStatus, type TargetType, type UpdateKind } from "./vocabularies";

/** How an entry of the updates log is introduced, in the article and in feeds alike. */
export const UPDATE_KIND_LABELS: Record<UpdateKind, string> = {
  update: "Updated",
  correction: "Corrected",
  editorial: "Editor's note",
};

/** What each status means to a reader; the article badge shows the label and this line. */
export const STATUS_INFO: Record<IncidentStatus, { label: string; meaning: string }> = {
  reported: {
    label: "Reported",
    meaning: "Losses are reported by users or researchers; the exchange has not confirmed them.",
  },
  denied: {
    label: "Denied",
    meaning: "Users report losses, but the exchange denies that it was breached.",
  },
  confirmed: {
    label: "Confirmed",
    meaning: "The exchange or the authorities have confirmed the breach and the loss.",
  },
  resolved: {
    label: "Resolved",
    meaning: "Confirmed, and affected users were reimbursed or the funds recovered.",
  },
};

export const ATTACK_VECTOR_LABELS: Record<AttackVector, string> = {
  "account-takeover": "Account takeover",
  phishing: "Phishing",
  "hot-wallet-compromise": "Hot wallet compromise",
  "private-key-compromise": "Private key compromise",
  "smart-contract-exploit": "Smart contract exploit",
  insider: "Insider",
  "exit-scam": "Exit scam",
  "social-engineering": "Social engineering",
  "supply-chain": "Supply chain",
  "api-key-abuse": "API-key abuse",
  "sim-swap": "SIM swap",
  fraud: "Fraud or misappropriation",
  unknown: "Unknown",
  other: "Other",
};

/** One line per vector for /about: what we mean when we file an incident under it. */
export const ATTACK_VECTOR_DEFINITIONS: Record<AttackVector, string> = {
  "account-takeover": "Attackers got into customers' accounts (stolen passwords, session theft, bypassed 2FA) and withdrew their funds; the exchange's own wallets were not breached.",
  phishing: "Staff or customers were tricked by a fake site, email or message into handing over credentials or approving a transaction.",
  "hot-wallet-compromise": "Attackers took control of the internet-connected wallets an exchange uses for day-to-day withdrawals, by a route not made public.",
  "private-key-compromise": "The private keys (or key shares) controlling exchange wallets were stolen or leaked and used to sign withdrawals.",
  "smart-contract-exploit": "A flaw in contract code, such as a bridge or token contract, let the attacker mint or withdraw what it should not.",
  insider: "An employee or contractor stole funds, leaked keys or sold customer data.",
  "exit-scam": "The operators shut the platform and disappeared with customer funds, often after claiming a hack.",
  "social-engineering": "People inside the exchange were manipulated (fake job offers, impersonation, doctored screens) into opening the door.",
  "supply-chain": "A third party the exchange relied on — a wallet provider, custodian, software vendor or service — was compromised, and the attack came through it.",
  "api-key-abuse": "Stolen or over-permissioned API keys were used to trade or withdraw on customers' or the exchange's behalf.",
  "sim-swap": "Attackers took over victims' phone numbers to intercept SMS codes and reset account access.",
  fraud: "The operators misused or misappropriated customer funds (lending them out, spending them, covering losses) without customers' consent.",
  unknown: "The exchange or investigators have not said how the attack worked.",
  other: "A route that fits none of the categories above; the report explains it.",
};

export const TARGET_TYPE_LABELS: Record<TargetType, string> = {
  "hot-wallet": "Hot wallet",
  "cold-wallet": "Cold wallet",
  "custody-provider": "Custody or service provider",
  bridge: "Bridge",
  "user-accounts": "User accounts",
  "customer-data": "Customer data",
  "insider-fraud": "Insider theft or fraud",
};

export const CUSTOMER_OUTCOME_LABELS: Record<CustomerOutcomeResult, string> = {
  "made-whole": "Customers made whole",
  partial: "Customers partly repaid",
  none: "Customers not repaid",
  pending: "Repayment pending",
};

export const ATTRIBUTION_KIND_LABELS: Record<AttributionKind, string> = {
  official: "Official attribution",
  analyst: "Analysts' attribution",
};

/** Display names where the slug is not enough ("bnb-chain" → "BNB Chain"). */
const CHAIN_NAME_OVERRIDES: Partial<Record<Chain, string>> = {
  "bnb-chain": "BNB Chain",
  "xrp-ledger": "XRP Ledger",
  eos: "EOS",
  nem: "NEM",
  heco: "HECO",
  iota: "IOTA",
  neo: "NEO",
  ton: "TON",
  "bitcoin-sv": "Bitcoin SV",
  zksync: "zkSync",
  "ripple-gateway": "Ripple gateway (IOU)",
  nxt: "NXT",
  omni: "Omni Layer",
  sei: "Sei",
};

function titleCase(slug: string): string {
  return slug
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

export const CHAIN_LABELS: Record<Chain, string> = Object.fromEntries(
  CHAINS.map((c) => [c, CHAIN_NAME_OVERRIDES[c] ?? titleCase(c)]),
) as Record<Chain, string>;
