/**
 * The security score, version 2: 0–100, higher is better. Half comes from the security practices
 * an exchange publishes (scored over the facts we know, so research effort is never mistaken for
 * security), half from its incident record, where each incident weighs by its loss, whether it was
 * confirmed, what was breached, what customers got back, and how long ago it happened.
 *
 * Every weight lives in SCORE_WEIGHTS: the methodology page, each profile's breakdown and the unit
 * tests read the same numbers.
 */
import type { CustomerOutcomeResult, IncidentStatus, TargetType } from "@/lib/content/model";
import type { PracticeFact, SecurityPractices } from "./types";

export const SCORE_WEIGHTS = {
  practicesMax: 50,
  practice: {
    twoFactor: { mandatory: 10, offered: 5, no: 0 },
    proofOfReserves: { independent: 15, self: 8, no: 0 },
    bugBounty: 10,
    protectionFund: 10,
    coldStorage: 5,
  },
  /** Fewer known practices than this: "not enough data", listed apart and never ranked. */
  minKnownPractices: 3,
  /** A fact checked longer ago than this counts for `staleFactor` of its points and is marked stale. */
  staleAfterMonths: 24,
  staleFactor: 0.5,
  recordMax: 50,
  /** Every incident costs `base`, plus `perRootTenMillion` × √(loss ÷ $10M): grows without a cap. */
  incident: { base: 4, perRootTenMillion: 2 },
  /** An incident's weight halves every this many years. */
  halfLifeYears: 4,
  confirmation: { reported: 0.5, denied: 0.25, confirmed: 1, resolved: 1 } satisfies Record<IncidentStatus, number>,
  /** Customers' outcome; partial is 1 − partialRelief × share (60% repaid → 0.64). Unknown counts as none. */
  outcome: { "made-whole": 0.4, pending: 0.85, none: 1, partialRelief: 0.6 },
  /** Breaches of customers' own accounts or of personal data, not of the exchange's wallets. */
  customerSideTarget: 0.6,
} as const;

export const PRACTICES_MAX = SCORE_WEIGHTS.practicesMax;
export const SCORE_MAX = SCORE_WEIGHTS.practicesMax + SCORE_WEIGHTS.recordMax;

export type PracticeKey = keyof SecurityPractices;

const PRACTICE_LABELS: Record<PracticeKey, string> = {
  twoFactor: "Two-factor authentication",
  proofOfReserves: "Proof of reserves",
  bugBounty: "Bug bounty",
  protectionFund: "Protection fund or insurance",
  coldStorage: "Cold storage",
};

const PRACTICE_KEYS = Object.keys(PRACTICE_LABELS) as PracticeKey[];

export type PracticeScore = {
  key: PracticeKey;
  label: string;
  /** As a reader would state it: "mandatory", "yes, self-published", "unknown". */
  input: string;
  known: boolean;
  stale: boolean;
  checkedAt?: string;
  points: number;
  /** The most this practice can earn; counts toward the denominator only when the fact is known. */
  max: number;
};

function monthsBetween(from: string, to: string): number {
  const a = new Date(`${from}T00:00:00Z`);
  const b = new Date(`${to}T00:00:00Z`);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth()) + (b.getUTCDate() - a.getUTCDate()) / 31;
}

/** Undated facts are treated as stale: we cannot say they still hold. */
export function isStale(asOf: string | undefined, today: string): boolean {
  return asOf === undefined || monthsBetween(asOf, today) > SCORE_WEIGHTS.staleAfterMonths;
}

function rawPracticePoints(key: PracticeKey, fact: PracticeFact): { points: number; max: number; input: string } {
  const w = SCORE_WEIGHTS.practice;
  if (key === "twoFactor") {
    const value = fact.value as keyof typeof w.twoFactor;
    return { points: w.twoFactor[value], max: w.twoFactor.mandatory, input: fact.value };
  }
  if (key === "proofOfReserves") {
    if (fact.value !== "yes") return { points: 0, max: w.proofOfReserves.independent, input: fact.value };
    const independent = fact.attestation === "independent";
    return {
      points: independent ? w.proofOfReserves.independent : w.proofOfReserves.self,
      max: w.proofOfReserves.independent,
      input: independent ? "yes, independently attested" : "yes, self-published",
    };
  }
  const weight = w[key];
  return { points: fact.value === "yes" ? weight : 0, max: weight, input: fact.value };
}

export function scorePractice(key: PracticeKey, fact: PracticeFact, today: string): PracticeScore {
  const label = PRACTICE_LABELS[key];
  if (fact.value === "unknown") return { key, label, input: "unknown", known: false, stale: false, points: 0, max: 0 };
  const raw = rawPracticePoints(key, fact);
  const stale = isStale(fact.asOf, today);
  const points = stale ? raw.points * SCORE_WEIGHTS.staleFactor : raw.points;
  return { key, label, input: raw.input, known: true, stale, checkedAt: fact.asOf, points: round1(points), max: raw.max };
}

/** One incident as the score sees it. */
export type ScoredIncidentInput = {
  slug: string;
  title?: string;
  /** When it happened (or was published, when the date is unknown). */
  date: string;
  lossUsd?: number;
  status: IncidentStatus;
  targetType?: TargetType;
  customerOutcome?: { result: CustomerOutcomeResult; share?: number };
  /** The predecessor's name it happened under, if any ("OKEx"). */
  asName?: string;
};

export type IncidentPenalty = {
  slug: string;
  title?: string;
  date: string;
  asName?: string;
  lossUsd?: number;
  severity: number;
  confirmation: number;
  outcome: number;
  target: number;
  decay: number;
  /** severity × confirmation × outcome × target × decay, rounded to 0.1. */
  points: number;
};

export function severityOf(lossUsd: number | undefined): number {
  const { base, perRootTenMillion } = SCORE_WEIGHTS.incident;
  return base + perRootTenMillion * Math.sqrt((lossUsd ?? 0) / 10_000_000);
}

export function outcomeFactor(outcome: ScoredIncidentInput["customerOutcome"]): number {
  const o = SCORE_WEIGHTS.outcome;
  if (!outcome) return o.none;
  if (outcome.result === "partial") return 1 - o.partialRelief * (outcome.share ?? 0);
  return o[outcome.result];
}

export function decayFactor(date: string, today: string): number {
  const years = Math.max(0, monthsBetween(date, today) / 12);
  return Math.pow(0.5, years / SCORE_WEIGHTS.halfLifeYears);
}

export function incidentPenalty(incident: ScoredIncidentInput, today: string): IncidentPenalty {
  const severity = severityOf(incident.lossUsd);
  const confirmation = SCORE_WEIGHTS.confirmation[incident.status];
  const outcome = outcomeFactor(incident.customerOutcome);
  const target =
    incident.targetType === "user-accounts" || incident.targetType === "customer-data" ? SCORE_WEIGHTS.customerSideTarget : 1;
  const decay = decayFactor(incident.date, today);
  return {
    slug: incident.slug,
    title: incident.title,
    date: incident.date,
    asName: incident.asName,
    lossUsd: incident.lossUsd,
    severity: round2(severity),
    confirmation,
    outcome: round2(outcome),
    target,
    decay: round2(decay),
    points: round1(severity * confirmation * outcome * target * decay),
  };
}

export type SecurityScore = {
  /** Undefined when there is not enough data to rank. */
  score?: number;
  max: number;
  enoughData: boolean;
  practices: PracticeScore[];
  knownPractices: number;
  /** Practices points scaled to PRACTICES_MAX over the known facts. */
  practicesPoints: number;
  incidents: IncidentPenalty[];
  /** RECORD_MAX minus the incident penalties, never below 0. */
  recordPoints: number;
  staleFacts: number;
};

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

export function securityScore(practices: SecurityPractices, incidents: readonly ScoredIncidentInput[], today: string): SecurityScore {
  const scored = PRACTICE_KEYS.map((key) => scorePractice(key, practices[key], today));
  const known = scored.filter((p) => p.known);
  const earned = known.reduce((sum, p) => sum + p.points, 0);
  const possible = known.reduce((sum, p) => sum + p.max, 0);
  const practicesPoints = possible === 0 ? 0 : round1((SCORE_WEIGHTS.practicesMax * earned) / possible);
  const penalties = incidents.map((i) => incidentPenalty(i, today)).sort((a, b) => b.points - a.points || a.slug.localeCompare(b.slug));
  const recordPoints = round1(Math.max(0, SCORE_WEIGHTS.recordMax - penalties.reduce((sum, p) => sum + p.points, 0)));
  const enoughData = known.length >= SCORE_WEIGHTS.minKnownPractices;
  return {
    score: enoughData ? round1(practicesPoints + recordPoints) : undefined,
    max: SCORE_MAX,
    enoughData,
    practices: scored,
    knownPractices: known.length,
    practicesPoints,
    incidents: penalties,
    recordPoints,
    staleFacts: known.filter((p) => p.stale).length,
  };
}
