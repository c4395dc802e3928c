/** What a slug is, once: the schema, the content checks and the file-name checks all ask here. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** content/exchanges/okex.md → "okex": the slug a content file is known by (either path separator). */
export function slugOfFile(file: string): string {
  return file.replace(/^.*[\\/]/, "").replace(/\.md$/, "");
}
