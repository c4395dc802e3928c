/**
 * The content build pipeline, for content-collections.ts and the scripts: parse a file's
 * frontmatter, validate it against the schema, check every file and the whole tree, render the
 * markdown and store each body. Runs at build time and in `npm run content:check`, never in a page.
 */
export * from "./frontmatter";
export * from "./schema";
export * from "./markdown";
export * from "./bodies";
export * from "./check-frontmatter";
export * from "./check-content-file";
export * from "./check-content-tree";
export * from "./coverage-report";
