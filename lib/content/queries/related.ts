/**
 * "Related incidents" for an article: reports sharing an exchange (weighted double) or a tag.
 *
 * A popular tag is shared by a sizeable fraction of all reports, so scoring every report that
 * shares anything made each article page cost O(all incidents) and the 10,000-incident build
 * quadratic. Instead each tag/exchange list (newest first) is read only in a window around the
 * article's own position: the reports published closest in time. Every page then costs the
 * same however large the archive grows, and on an archive smaller than the window the result
 * is exactly "most overlap first".
 */

export type RelatableDoc = { slug: string; date: string; exchanges: readonly string[]; tags: readonly string[] };

/** Reports read on each side of the article in every tag/exchange list it belongs to. */
const RELATED_WINDOW = 50;

/** Lookups over the published incidents (newest first), built once per process. */
export type IncidentIndex<T extends RelatableDoc> = {
  /** Position in the newest-first list of all published incidents. */
  position: ReadonlyMap<string, number>;
  /** Each tag's and each exchange's incidents, newest first. */
  byTag: ReadonlyMap<string, T[]>;
  byExchange: ReadonlyMap<string, T[]>;
  /** Where each incident sits inside each of its tag and exchange lists (`tag:x` / `exchange:y`). */
  positionInList: ReadonlyMap<string, ReadonlyMap<string, number>>;
};

function listKey(kind: "tag" | "exchange", value: string): string {
  return `${kind}:${value}`;
}

/** Appends and returns where the document landed in that list. */
function appendTo<T>(map: Map<string, T[]>, key: string, doc: T): number {
  const list = map.get(key);
  if (list) return list.push(doc) - 1;
  map.set(key, [doc]);
  return 0;
}

export function buildIncidentIndex<T extends RelatableDoc>(newestFirst: readonly T[]): IncidentIndex<T> {
  const position = new Map<string, number>();
  const byTag = new Map<string, T[]>();
  const byExchange = new Map<string, T[]>();
  const positionInList = new Map<string, Map<string, number>>();
  newestFirst.forEach((doc, i) => {
    position.set(doc.slug, i);
    const own = new Map<string, number>();
    for (const tag of doc.tags) own.set(listKey("tag", tag), appendTo(byTag, tag, doc));
    for (const ex of doc.exchanges) own.set(listKey("exchange", ex), appendTo(byExchange, ex, doc));
    positionInList.set(doc.slug, own);
  });
  return { position, byTag, byExchange, positionInList };
}

function windowAround<T>(list: readonly T[], index: number, window: number): readonly T[] {
  return list.slice(Math.max(0, index - window), index + window + 1);
}

/** Most overlap first; among equals the report closest in time, then the newer one. */
export function pickRelated<T extends RelatableDoc>(self: T, index: IncidentIndex<T>, count: number, window = RELATED_WINDOW): T[] {
  const own = index.positionInList.get(self.slug);
  const selfPosition = index.position.get(self.slug) ?? 0;
  const exchanges = new Set(self.exchanges);
  const tags = new Set(self.tags);
  const candidates = new Set<T>();
  const collect = (list: readonly T[] | undefined, key: string) => {
    if (!list) return;
    for (const doc of windowAround(list, own?.get(key) ?? 0, window)) candidates.add(doc);
  };
  for (const e of self.exchanges) collect(index.byExchange.get(e), listKey("exchange", e));
  for (const t of self.tags) collect(index.byTag.get(t), listKey("tag", t));
  const distance = (doc: T) => Math.abs((index.position.get(doc.slug) ?? 0) - selfPosition);
  return [...candidates]
    .filter((d) => d.slug !== self.slug)
    .map((doc) => ({
      doc,
      score: doc.exchanges.filter((e) => exchanges.has(e)).length * 2 + doc.tags.filter((t) => tags.has(t)).length,
      distance: distance(doc),
    }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.distance - b.distance || b.doc.date.localeCompare(a.doc.date) || a.doc.slug.localeCompare(b.doc.slug))
    .slice(0, count)
    .map((x) => x.doc);
}
