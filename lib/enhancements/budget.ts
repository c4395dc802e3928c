/** Folder under public/ that holds the bundled enhancement script (its file name is its content hash). */
export const ENHANCEMENT_DIR = "enhance";
/** Issue 19: the two enhancements content pages need stay under 3 kB gzip together. */
export const ENHANCEMENT_GZIP_BUDGET_BYTES = 3 * 1024;
