/**
 * The content model, client-safe: types, vocabularies, labels, slug rules and the pure rules over
 * them (publication, status timeline, disclosure delay, lineage). No zod, no content layer, no
 * server-only: the explorer, lib/opendata and lib/rankings import this barrel, never a file inside.
 */
export type * from "./types";
export * from "./vocabularies";
export * from "./labels";
export * from "./slug";
export * from "./facets";
export * from "./timeline";
export * from "./disclosure";
export * from "./publication";
export * from "./lineage";
