/**
 * The security score: 0–100, higher is better. Every point comes from a published fact or a
 * counted incident, so a reader can redo the sum from an exchange's profile. The weights below
 * are the single source for the methodology page and for each profile's breakdown.
 */
import type { IncidentAggregate } from "./aggregate";
import type { SecurityPractices, TriState, TwoFactorLevel } from "./types";

export const SCORE_WEIGHTS = {
  twoFactor: { mandatory: 10, offered: 5 },
  proofOfReserves: 15,
  bugBounty: 10,
  protectionFund: 10,
  coldStorage: 5,
  /** The incident record starts full and loses points; it never goes below zero. */
  recordMax: 50,
  perIncident: 10,
  maxIncidentPenalty: 30,
  /** Points lost per tenfold step of total known losses above the threshold. */
  perTenfoldLoss: 4,
  lossThresholdUsd: 100_000,
  maxLossPenalty: 20,
} as const;

export const PRACTICES_MAX =
  SCORE_WEIGHTS.twoFactor.mandatory +
  SCORE_WEIGHTS.proofOfReserves +
  SCORE_WEIGHTS.bugBounty +
  SCORE_WEIGHTS.protectionFund +
  SCORE_WEIGHTS.coldStorage;

export const SCORE_MAX = PRACTICES_MAX + SCORE_WEIGHTS.recordMax;

export type ScoreComponentKey =
  | "twoFactor"
  | "proofOfReserves"
  | "bugBounty"
  | "protectionFund"
  | "coldStorage"
  | "incidentCount"
  | "losses";

export type ScoreComponent = {
  key: ScoreComponentKey;
  label: string;
  /** The input as a reader would state it: "mandatory", "unknown", "2 incidents". */
  input: string;
  /** Positive for practices, zero or negative for the incident record. */
  points: number;
  /** The most this component can add (practices) or take away (record, as a negative number). */
  limit: number;
};

export type SecurityScore = { score: number; max: number; components: ScoreComponent[] };

function twoFactorPoints(level: TwoFactorLevel): number {
  if (level === "mandatory") return SCORE_WEIGHTS.twoFactor.mandatory;
  if (level === "offered") return SCORE_WEIGHTS.twoFactor.offered;
  return 0;
}

const yesPoints = (value: TriState, weight: number): number => (value === "yes" ? weight : 0);

/** 0 below the threshold, then `perTenfoldLoss` points per factor of ten, capped. */
export function lossPenalty(knownLossUsd: number): number {
  const { lossThresholdUsd, perTenfoldLoss, maxLossPenalty } = SCORE_WEIGHTS;
  if (knownLossUsd <= lossThresholdUsd) return 0;
  const raw = perTenfoldLoss * Math.log10(knownLossUsd / lossThresholdUsd);
  return Math.min(maxLossPenalty, Math.round(raw * 10) / 10);
}

export function incidentPenalty(incidentCount: number): number {
  return Math.min(SCORE_WEIGHTS.maxIncidentPenalty, SCORE_WEIGHTS.perIncident * incidentCount);
}

const plural = (n: number, one: string, many: string) => `${String(n)} ${n === 1 ? one : many}`;

export function securityScore(
  practices: SecurityPractices,
  record: Pick<IncidentAggregate, "incidentCount" | "knownLossUsd" | "unknownLossCount">,
): SecurityScore {
  const w = SCORE_WEIGHTS;
  const unknownNote = record.unknownLossCount > 0 ? ` (${plural(record.unknownLossCount, "loss", "losses")} unknown, not counted)` : "";
  const components: ScoreComponent[] = [
    { key: "twoFactor", label: "Two-factor authentication", input: practices.twoFactor, points: twoFactorPoints(practices.twoFactor), limit: w.twoFactor.mandatory },
    { key: "proofOfReserves", label: "Proof of reserves", input: practices.proofOfReserves, points: yesPoints(practices.proofOfReserves, w.proofOfReserves), limit: w.proofOfReserves },
    { key: "bugBounty", label: "Bug bounty", input: practices.bugBounty, points: yesPoints(practices.bugBounty, w.bugBounty), limit: w.bugBounty },
    { key: "protectionFund", label: "Protection fund or insurance", input: practices.protectionFund, points: yesPoints(practices.protectionFund, w.protectionFund), limit: w.protectionFund },
    { key: "coldStorage", label: "Cold storage", input: practices.coldStorage, points: yesPoints(practices.coldStorage, w.coldStorage), limit: w.coldStorage },
    {
      key: "incidentCount",
      label: "Incidents",
      input: plural(record.incidentCount, "incident", "incidents"),
      points: -incidentPenalty(record.incidentCount),
      limit: -w.maxIncidentPenalty,
    },
    {
      key: "losses",
      label: "Reported losses",
      input: `$${record.knownLossUsd.toLocaleString("en-US")} known${unknownNote}`,
      points: -lossPenalty(record.knownLossUsd),
      limit: -w.maxLossPenalty,
    },
  ];
  const total = w.recordMax + components.reduce((sum, c) => sum + c.points, 0);
  // Rounded once at the end so the breakdown on a profile adds up to the number in the table.
  return { score: Math.max(0, Math.round(total * 10) / 10), max: SCORE_MAX, components };
}
