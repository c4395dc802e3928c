/** Plain inputs for the rankings maths; lib/rankings/index.ts maps content onto these. */
export type TriState = "yes" | "no" | "unknown";
export type TwoFactorLevel = "mandatory" | "offered" | "no" | "unknown";

/** A published practice with the date it was last known to hold. */
export type PracticeFact<V extends string = string> = { value: V; asOf?: string; attestation?: "self" | "independent" };

export type SecurityPractices = {
  twoFactor: PracticeFact<TwoFactorLevel>;
  proofOfReserves: PracticeFact<TriState>;
  bugBounty: PracticeFact<TriState>;
  protectionFund: PracticeFact<TriState>;
  coldStorage: PracticeFact<TriState>;
};

/** One incident as the rankings see it: when it happened and what it cost, if known. */
export type IncidentLoss = {
  slug: string;
  /** The incident date, or the publication date when the incident date is unknown. */
  date: string;
  lossUsd?: number;
};
