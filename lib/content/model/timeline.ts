import type { IncidentStatus } from "./vocabularies";

export type StatusStep = { date: string; status?: IncidentStatus; label: string };

/**
 * The status history an article shows: publication, then every update that changed the status,
 * oldest first. Empty when the status never changed, so there is nothing to draw.
 */
export function statusTimeline(incident: { date: string; updates: readonly { date: string; status?: IncidentStatus }[] }): StatusStep[] {
  const changes = incident.updates
    .filter((u): u is { date: string; status: IncidentStatus } => u.status !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date));
  const steps: StatusStep[] = [];
  for (const change of changes) {
    if (steps[steps.length - 1]?.status === change.status) continue;
    steps.push({ date: change.date, status: change.status, label: steps.length === 0 && change.date === incident.date ? "Published" : "Changed" });
  }
  if (steps.length === 0) return [];
  if (steps[0]?.date !== incident.date) steps.unshift({ date: incident.date, label: "Published" });
  return steps;
}

/**
 * The day a report last changed for its readers: the newest update or correction, else the
 * publication date. Editorial notes (an archive note on a 2017 story written in 2026) are left out,
 * so feeds, the sitemap and the article never call an old story freshly updated because of them.
 */
export function lastStoryUpdate(incident: { date: string; updates: readonly { date: string; kind?: string }[] }): string {
  return incident.updates.reduce((latest, u) => (u.kind !== "editorial" && u.date > latest ? u.date : latest), incident.date);
}
