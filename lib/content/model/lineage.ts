/**
 * Exchange lineage as pure functions over plain records, so the rule "an exchange's record includes
 * its predecessors'" is unit-tested without a build. lib/content/queries/exchanges.ts feeds it the real files.
 */
export type LineageNode = { slug: string; successor?: string };

/** OKEx → [okx]: every exchange down the successor chain (the content check refuses loops). */
function successorsOf(slug: string, bySlug: ReadonlyMap<string, LineageNode>): string[] {
  const out: string[] = [];
  let next = bySlug.get(slug)?.successor;
  while (next && next !== slug && !out.includes(next)) {
    out.push(next);
    next = bySlug.get(next)?.successor;
  }
  return out;
}

/** The exchange and everything it grew out of, nearest first: okx → [okx, okex, okcoin]. */
export function lineageOf(slug: string, nodes: readonly LineageNode[]): string[] {
  const direct = new Map<string, string[]>();
  for (const n of nodes) if (n.successor) direct.set(n.successor, [...(direct.get(n.successor) ?? []), n.slug]);
  const out = [slug];
  for (let i = 0; i < out.length; i++) {
    for (const p of direct.get(out[i] ?? "") ?? []) if (!out.includes(p)) out.push(p);
  }
  return out;
}

/**
 * Which exchanges an incident counts for: every exchange it names, and each of their successors
 * once, with the name it happened under (`as`). An incident naming OKEx and OKCoin counts for OKX
 * once, "as OKEx".
 */
export function creditedExchanges(named: readonly string[], bySlug: ReadonlyMap<string, LineageNode>): Map<string, { as?: string }> {
  const credited = new Map<string, { as?: string }>();
  for (const slug of named) if (!credited.has(slug)) credited.set(slug, {});
  for (const slug of named) {
    for (const heir of successorsOf(slug, bySlug)) if (!credited.has(heir)) credited.set(heir, { as: slug });
  }
  return credited;
}
