/**
 * Which reports a build shows. Pure, so the rule is unit-tested without a build: drafts and
 * scheduled reports appear only in `next dev`; production leaves them out everywhere, because
 * every page, feed and index reads the published list.
 */
export type BuildMode = "development" | "production" | "test";

export type PublicationState = "published" | "draft" | "scheduled";

export function publicationState(doc: { draft: boolean; date: string }, today: string): PublicationState {
  if (doc.draft) return "draft";
  return doc.date > today ? "scheduled" : "published";
}

export function isPublished(doc: { draft: boolean; date: string }, options: { today: string; mode: BuildMode }): boolean {
  return options.mode === "development" || publicationState(doc, options.today) === "published";
}
