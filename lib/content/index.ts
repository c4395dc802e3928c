/**
 * The only door to content for pages, feeds, adapters (lib/stats, lib/opendata, lib/rankings) and
 * scripts. They ask these functions; they never see content-collections documents, only our own
 * types. Client code imports the model barrel (`@/lib/content/model`) instead.
 */
// Server code only: a client component importing this fails the build instead of shipping secrets or SQL.
import "server-only";

export type * from "./model/types";
export type { Facet, FacetValue } from "./model/facets";
export { INCIDENT_STATUSES, ATTACK_VECTORS } from "./model/vocabularies";
export * from "./queries/incidents";
export * from "./queries/feeds-and-sitemap";
export * from "./queries/exchanges";
export * from "./queries/newsletter";
export * from "./queries/facets";
