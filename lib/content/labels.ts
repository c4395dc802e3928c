import type { AttackVector, IncidentStatus } from "./schema";

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
  unknown: "Unknown",
  other: "Other",
};
