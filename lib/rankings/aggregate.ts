import type { IncidentLoss } from "./types";

export type IncidentAggregate = {
  incidentCount: number;
  /** Sum of the reported losses that are known; incidents with an unknown loss add nothing here. */
  knownLossUsd: number;
  /** How many incidents have no reported loss, so a total is never presented as complete when it is not. */
  unknownLossCount: number;
  lastIncidentDate?: string;
};

export function aggregateIncidents(incidents: readonly IncidentLoss[]): IncidentAggregate {
  let knownLossUsd = 0;
  let unknownLossCount = 0;
  let lastIncidentDate: string | undefined;
  for (const incident of incidents) {
    if (incident.lossUsd === undefined) unknownLossCount += 1;
    else knownLossUsd += incident.lossUsd;
    if (lastIncidentDate === undefined || incident.date > lastIncidentDate) lastIncidentDate = incident.date;
  }
  return { incidentCount: incidents.length, knownLossUsd, unknownLossCount, lastIncidentDate };
}

/** "1 incident has no reported loss and is not included" — or nothing when every loss is known. */
export function describeUnknownLosses(aggregate: Pick<IncidentAggregate, "unknownLossCount">): string | undefined {
  const n = aggregate.unknownLossCount;
  if (n === 0) return undefined;
  return n === 1
    ? "1 incident has no reported loss and is not included in the total"
    : `${String(n)} incidents have no reported loss and are not included in the total`;
}
