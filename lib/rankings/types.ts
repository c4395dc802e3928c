/** Plain inputs for the rankings maths; lib/rankings/index.ts maps content onto these. */
export type TriState = "yes" | "no" | "unknown";
export type TwoFactorLevel = "mandatory" | "offered" | "no" | "unknown";

export type SecurityPractices = {
  twoFactor: TwoFactorLevel;
  proofOfReserves: TriState;
  bugBounty: TriState;
  protectionFund: TriState;
  coldStorage: TriState;
};

/** One incident as the rankings see it: when it happened and what it cost, if known. */
export type IncidentLoss = {
  slug: string;
  /** The incident date, or the publication date when the incident date is unknown. */
  date: string;
  lossUsd?: number;
};
