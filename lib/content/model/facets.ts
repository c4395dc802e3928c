/** The facets an incident files under (the explorer's filters and the prerendered facet pages). */
export const FACETS = ["year", "status", "vector", "chain", "target", "actor"] as const;
export type Facet = (typeof FACETS)[number];

export type FacetValue = { value: string; label: string; count: number };
