import { summarizeLosses } from "@/lib/losses";
import type { IncidentLoss } from "./types";

export type IncidentAggregate = {
  incidentCount: number;
  /** Sum of the reported losses that are known; incidents with an unknown loss add nothing here. */
  knownLossUsd: number;
  /** How many incidents have no reported loss, so a total is never presented as complete when it is not. */
  unknownLossCount: number;
  lastIncidentDate?: string;
};

/** An exchange's loss total (lib/losses) and its most recent incident, as the rankings show them. */
export function aggregateIncidents(incidents: readonly IncidentLoss[]): IncidentAggregate {
  const losses = summarizeLosses(incidents);
  let lastIncidentDate: string | undefined;
  for (const incident of incidents) {
    if (lastIncidentDate === undefined || incident.date > lastIncidentDate) lastIncidentDate = incident.date;
  }
  return { incidentCount: losses.count, knownLossUsd: losses.totalUsd, unknownLossCount: losses.unknownCount, lastIncidentDate };
}
