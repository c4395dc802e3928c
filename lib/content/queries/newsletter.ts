/** What the newsletter digest needs from content: reports published on or after a date. */
import { todayIso } from "@/lib/dates";
import { publishedDocs, toSummary } from "./store";
import type { IncidentSummary } from "../model/types";

/**
 * Drafts and scheduled reports are excluded here whatever NODE_ENV says: a CLI run in development mode
 * must never mail an unpublished report.
 */
export function listIncidentsPublishedSince(since: string): IncidentSummary[] {
  const today = todayIso();
  return publishedDocs()
    .filter((d) => !d.draft && d.date >= since && d.date <= today)
    .map(toSummary);
}
