/**
 * Whole-file content checks: YAML syntax, schema, references between files, dates, links and
 * images in the body, leftover scaffold placeholders. The one implementation behind both
 * `npm run content:check` and the content-collections build, so both print the same lines.
 */
import path from "node:path";
import { visit } from "unist-util-visit";
import type { Root } from "mdast";
import { parseMarkdown } from "./markdown";
import { parseContentFile, parseFieldPath, type ParsedContentFile } from "./frontmatter";
import { checkExchange, checkIncident, type ContentProblem } from "./check-frontmatter";
import { isoDate, type ExchangeFrontmatter, type IncidentFrontmatter } from "./schema";
import { closestMatch, didYouMean, isNearDuplicate } from "@/lib/edit-distance";
import { SLUG_PATTERN, slugOfFile } from "../model/slug";
import { exchangePath, incidentPath, tagPath } from "@/lib/routes";

/** Scaffolded files mark every value an editor must replace with this word. */
export const PLACEHOLDER = "TODO";

export type IncidentRef = { draft: boolean; date?: string };

/** An exchange file's links to others, read leniently so one broken file cannot hide another's contradiction. */
export type ExchangeLinks = { successor?: string; relations: { slug: string; kind: string }[] };

/** What a file is checked against: the other files, the public/ folder and today's date. */
export type ContentIndex = {
  today: string;
  exchanges: ReadonlySet<string>;
  incidents: ReadonlyMap<string, IncidentRef>;
  /** How many reports use each tag (empty when the checker cannot see the incidents). */
  tagCounts: ReadonlyMap<string, number>;
  /** Successor and relations of every exchange file, for the lineage checks (empty when unknown). */
  exchangeLinks: ReadonlyMap<string, ExchangeLinks>;
  publicFileExists: (urlPath: string) => boolean;
};

export type FileCheck<T> = {
  data?: T;
  body: string;
  /** The body's markdown syntax tree, parsed once for the link checks and reused to render it. */
  tree?: Root;
  problems: ContentProblem[];
  /** Not mistakes, but worth saying: drafts and scheduled reports. */
  notices: ContentProblem[];
};

export { todayIso } from "@/lib/dates";

export { slugOfFile } from "../model/slug";

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** What the index needs from an incident file, read leniently so a broken file still counts. */
function incidentRefOf(data: unknown): IncidentRef & { tags: string[] } {
  const record = asRecord(data);
  const date = isoDate.safeParse(record.date);
  const tags = Array.isArray(record.tags) ? record.tags.filter((t): t is string => typeof t === "string") : [];
  return { draft: record.draft === true, date: date.success ? date.data : undefined, tags };
}

function exchangeLinksOf(data: unknown): ExchangeLinks {
  const record = asRecord(data);
  const relations = Array.isArray(record.relations)
    ? record.relations.flatMap((r) => {
        const rel = asRecord(r);
        return typeof rel.slug === "string" && typeof rel.kind === "string" ? [{ slug: rel.slug, kind: rel.kind }] : [];
      })
    : [];
  return { successor: typeof record.successor === "string" ? record.successor : undefined, relations };
}

export function buildContentIndex(input: {
  today: string;
  exchangeSlugs: Iterable<string>;
  incidents: Iterable<{ slug: string; data: unknown }>;
  publicFileExists: (urlPath: string) => boolean;
  exchanges?: Iterable<{ slug: string; data: unknown }>;
}): ContentIndex {
  const exchangeLinks = new Map<string, ExchangeLinks>();
  for (const { slug, data } of input.exchanges ?? []) exchangeLinks.set(slug, exchangeLinksOf(data));
  const incidents = new Map<string, IncidentRef>();
  const tagCounts = new Map<string, number>();
  for (const { slug, data } of input.incidents) {
    const { tags, ...ref } = incidentRefOf(data);
    incidents.set(slug, ref);
    for (const tag of new Set(tags)) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
  }
  return { today: input.today, exchanges: new Set(input.exchangeSlugs), incidents, tagCounts, exchangeLinks, publicFileExists: input.publicFileExists };
}

function syntaxProblems(file: string, parsed: ParsedContentFile): ContentProblem[] {
  if (parsed.missingFrontmatter) {
    return [{ file, line: 1, field: "(frontmatter)", message: 'missing: the file must start with a "---" line, the YAML fields, and another "---" line' }];
  }
  if (parsed.yamlError) {
    const { line, column, message } = parsed.yamlError;
    return [{ file, line, column, field: "(yaml)", message: `malformed YAML: ${message}` }];
  }
  return [];
}

function fileNameProblems(file: string): ContentProblem[] {
  const slug = slugOfFile(file);
  if (SLUG_PATTERN.test(slug)) return [];
  const suggestion = slug
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return [{ file, line: 1, field: "(file name)", message: `"${slug}" is not a URL slug; rename the file to ${suggestion || "a-slug"}.md (lowercase letters, digits and hyphens)` }];
}

/** Every string value still holding the scaffold's placeholder, named by its field. */
function placeholderProblems(file: string, data: unknown, prefix = ""): ContentProblem[] {
  if (typeof data === "string") {
    return data.includes(PLACEHOLDER) ? [{ file, field: prefix || "(frontmatter)", message: `still holds the scaffold placeholder "${PLACEHOLDER}": replace it with the real value` }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholderProblems(file, item, `${prefix}[${String(i)}]`));
  if (data && typeof data === "object" && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => placeholderProblems(file, value, prefix ? `${prefix}.${key}` : key));
  }
  return [];
}

function bodyPlaceholderProblems(file: string, parsed: ParsedContentFile): ContentProblem[] {
  return parsed.body.split("\n").flatMap((text, i) =>
    text.includes(PLACEHOLDER) ? [{ file, line: parsed.bodyLine + i, field: "body", message: `still holds the scaffold placeholder "${PLACEHOLDER}": write the text` }] : [],
  );
}

function duplicateEntries(file: string, field: string, values: readonly string[] | undefined): ContentProblem[] {
  const seen = new Set<string>();
  const problems: ContentProblem[] = [];
  (values ?? []).forEach((value, i) => {
    if (seen.has(value)) problems.push({ file, field: `${field}[${String(i)}]`, message: `"${value}" is listed twice` });
    seen.add(value);
  });
  return problems;
}

function tagProblems(file: string, tags: readonly string[] | undefined, index: ContentIndex): ContentProblem[] {
  const problems: ContentProblem[] = [];
  (tags ?? []).forEach((tag, i) => {
    const own = index.tagCounts.get(tag) ?? 1;
    // Report the rarer spelling: the common one is the house style.
    const rivals = [...index.tagCounts.entries()].filter(([other, count]) => isNearDuplicate(tag, other) && count >= own).map(([other]) => other);
    const best = closestMatch(tag, rivals) ?? rivals.sort()[0];
    if (best) {
      const uses = index.tagCounts.get(best) ?? 0;
      problems.push({
        file,
        field: `tags[${String(i)}]`,
        message: `"${tag}" is a near-duplicate of the existing tag "${best}" (used by ${String(uses)} report${uses === 1 ? "" : "s"}); did you mean "${best}"?`,
      });
    }
  });
  return problems;
}

function dateProblems(file: string, data: Partial<IncidentFrontmatter>, index: ContentIndex): { problems: ContentProblem[]; notices: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const notices: ContentProblem[] = [];
  const { today } = index;
  const future = (value: string) => `${value} is in the future (today is ${today}); only the publication date \`date\` may be in the future, to schedule a report`;
  if (data.date && data.date > today) {
    notices.push({ file, field: "date", message: `scheduled: ${data.date} is in the future, so the report stays out of the site until a build on or after that day` });
  }
  if (data.incidentDate && data.incidentDate > today) problems.push({ file, field: "incidentDate", message: future(data.incidentDate) });
  else if (data.incidentDate && data.date && data.incidentDate > data.date) {
    problems.push({ file, field: "incidentDate", message: `${data.incidentDate} is after the publication date ${data.date}` });
  }
  (data.sources ?? []).forEach((s, i) => {
    if (s.date && s.date > today) problems.push({ file, field: `sources[${String(i)}].date`, message: future(s.date) });
  });
  const latestAllowed = data.date && data.date > today ? data.date : today;
  (data.updates ?? []).forEach((u, i) => {
    if (u.date > latestAllowed) problems.push({ file, field: `updates[${String(i)}].date`, message: future(u.date) });
  });
  return { problems, notices };
}

/** Linked reports must exist, and a report cannot link itself. */
function relatedProblems(file: string, related: readonly string[] | undefined, index: ContentIndex): ContentProblem[] {
  const self = slugOfFile(file);
  return (related ?? []).flatMap((slug, i) => {
    const field = `relatedIncidents[${String(i)}]`;
    if (slug === self) return [{ file, field, message: "a report cannot be related to itself" }];
    if (index.incidents.size > 0 && !index.incidents.has(slug)) {
      return [{ file, field, message: `unknown report "${slug}"${didYouMean(slug, index.incidents.keys(), (s) => `"${s}"`)} (no content/incidents/${slug}.md)` }];
    }
    return [];
  });
}

function momentProblems(file: string, data: Partial<IncidentFrontmatter>, today: string): ContentProblem[] {
  return (["firstOutflowAt", "acknowledgedAt"] as const).flatMap((field) => {
    const value = data[field];
    return value && value.slice(0, 10) > today ? [{ file, field, message: `${value} is in the future (today is ${today})` }] : [];
  });
}

/**
 * Lineage must read the same from both ends: one relation per pair, and a successor is not also a
 * sister. OKCoin once listed OKX as both "merged into" and "sister".
 */
const INVERSE_RELATION: Record<string, string> = { sister: "sister", parent: "subsidiary", subsidiary: "parent" };

function lineageProblems(file: string, data: Partial<ExchangeFrontmatter>, index: ContentIndex): ContentProblem[] {
  const self = slugOfFile(file);
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  (data.relations ?? []).forEach((r, i) => {
    const field = `relations[${String(i)}]`;
    if (seen.has(r.slug)) problems.push({ file, field, message: `lists "${r.slug}" twice: one relation per pair of exchanges` });
    seen.add(r.slug);
    if (data.successor === r.slug) {
      problems.push({ file, field, message: `"${r.slug}" is already this exchange's successor; drop the ${r.kind} relation (one relation per pair)` });
    }
    const other = index.exchangeLinks.get(r.slug);
    if (!other) return;
    if (other.successor === self) {
      problems.push({ file, field, message: `${r.slug}.md names "${self}" as its successor, so it cannot also be its ${r.kind}; drop this relation` });
    }
    const back = other.relations.find((o) => o.slug === self);
    if (back && back.kind !== INVERSE_RELATION[r.kind]) {
      problems.push({ file, field, message: `contradicts ${r.slug}.md, which calls "${self}" its ${back.kind}; a ${r.kind} is answered by "${INVERSE_RELATION[r.kind] ?? "?"}"` });
    }
  });
  // A successor chain that comes back to this exchange would make its incident record endless.
  const chain = [self];
  let next = data.successor;
  while (next && index.exchangeLinks.size > 0) {
    if (chain.includes(next)) {
      problems.push({ file, field: "successor", message: `successor chain loops: ${[...chain, next].join(" → ")}` });
      break;
    }
    chain.push(next);
    next = index.exchangeLinks.get(next)?.successor;
  }
  return problems;
}

/** The status shown on the page must be the one the updates log ends on. */
function statusProblems(file: string, data: Partial<IncidentFrontmatter>): ContentProblem[] {
  if (!data.status) return [];
  const changes = (data.updates ?? []).filter((u) => u.status).sort((a, b) => a.date.localeCompare(b.date));
  const last = changes[changes.length - 1];
  if (!last?.status || last.status === data.status) return [];
  return [{ file, field: "status", message: `is "${data.status}" but the latest status change in updates (${last.date}) says "${last.status}"; make them agree` }];
}

type BodyReference = { kind: "link" | "image"; url: string; line: number };

function bodyReferences(parsed: ParsedContentFile, tree: Root): BodyReference[] {
  const refs: BodyReference[] = [];
  const lineOf = (line: number | undefined) => parsed.bodyLine + (line ?? 1) - 1;
  visit(tree, (node) => {
    if (node.type === "link" || node.type === "definition") refs.push({ kind: "link", url: node.url, line: lineOf(node.position?.start.line) });
    else if (node.type === "image") refs.push({ kind: "image", url: node.url, line: lineOf(node.position?.start.line) });
    else if (node.type === "html") {
      for (const m of node.value.matchAll(/<img\b[^>]*\bsrc=["']([^"']+)["']/gi)) {
        if (m[1]) refs.push({ kind: "image", url: m[1], line: lineOf(node.position?.start.line) });
      }
    }
  });
  return refs;
}

function internalTarget(url: string): { section: string; slug: string } | undefined {
  const m = /^\/(incidents|exchanges|tags)\/([^/?#]+)\/?(?:[?#].*)?$/.exec(url);
  return m?.[1] && m[2] ? { section: m[1], slug: decodeURIComponent(m[2]) } : undefined;
}

function bodyProblems(
  file: string,
  parsed: ParsedContentFile,
  tree: Root,
  index: ContentIndex,
  self: { kind: "incident" | "exchange"; publishedNow: boolean },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const ref of bodyReferences(parsed, tree)) {
    const at = { file, line: ref.line, field: "body" };
    if (ref.kind === "image") {
      if (/^https:\/\//i.test(ref.url)) continue;
      if (!ref.url.startsWith("/")) {
        problems.push({ ...at, message: `image ${ref.url} must be a path under public/ starting with "/" (e.g. /images/chart.png) or an https:// URL` });
      } else if (!index.publicFileExists(decodeURI(ref.url.split(/[?#]/)[0] ?? ref.url))) {
        problems.push({ ...at, message: `image ${ref.url} does not exist (no file public${ref.url.split(/[?#]/)[0] ?? ""})` });
      }
      continue;
    }
    if (/^http:\/\//i.test(ref.url)) {
      problems.push({ ...at, message: `link ${ref.url} must use https://` });
      continue;
    }
    const target = internalTarget(ref.url);
    if (!target) continue;
    if (target.section === "incidents" && target.slug !== "page") {
      const incident = index.incidents.get(target.slug);
      if (!incident) {
        problems.push({ ...at, message: `link ${ref.url} does not resolve: no content/incidents/${target.slug}.md${didYouMean(target.slug, index.incidents.keys(), incidentPath)}` });
      } else if (self.kind === "incident" && self.publishedNow && (incident.draft || (incident.date ?? "") > index.today)) {
        problems.push({ ...at, message: `link ${ref.url} points to a ${incident.draft ? "draft" : "scheduled"} report that the production build leaves out` });
      }
    } else if (target.section === "exchanges" && !index.exchanges.has(target.slug)) {
      problems.push({ ...at, message: `link ${ref.url} does not resolve: no content/exchanges/${target.slug}.md${didYouMean(target.slug, index.exchanges, exchangePath)}` });
    } else if (target.section === "tags" && self.kind === "incident" && !index.tagCounts.has(target.slug)) {
      problems.push({ ...at, message: `link ${ref.url} does not resolve: no report uses the tag "${target.slug}"${didYouMean(target.slug, index.tagCounts.keys(), (s) => tagPath(s))}` });
    }
  }
  return problems;
}

/** Top to bottom, as an editor reads the file; the sort is stable within a line. */
function withLines(problems: ContentProblem[], parsed: ParsedContentFile): ContentProblem[] {
  return problems
    .map((p) => (p.line === undefined ? { ...p, line: parsed.lineOf(parseFieldPath(p.field)) } : p))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

export function checkIncidentFile(file: string, text: string, index: ContentIndex): FileCheck<IncidentFrontmatter> {
  const parsed = parseContentFile(text);
  const syntax = syntaxProblems(file, parsed);
  if (syntax.length > 0) return { body: parsed.body, problems: [...fileNameProblems(file), ...syntax], notices: [] };
  const result = checkIncident(file, parsed.data, index.exchanges);
  const data = result.partial;
  const dates = dateProblems(file, data, index);
  const notices = [...dates.notices];
  if (data.draft) notices.push({ file, field: "draft", message: "shown by `npm run dev` with a DRAFT banner, left out of the production build" });
  const publishedNow = !data.draft && (data.date ?? "") <= index.today;
  const tree = parseMarkdown(parsed.body);
  const problems = [
    ...fileNameProblems(file),
    ...result.problems,
    ...placeholderProblems(file, parsed.data),
    ...duplicateEntries(file, "exchanges", data.exchanges),
    ...duplicateEntries(file, "tags", data.tags),
    ...tagProblems(file, data.tags, index),
    ...dates.problems,
    ...statusProblems(file, data),
    ...relatedProblems(file, data.relatedIncidents, index),
    ...duplicateEntries(file, "relatedIncidents", data.relatedIncidents),
    ...duplicateEntries(file, "chains", data.chains),
    ...momentProblems(file, data, index.today),
    ...bodyPlaceholderProblems(file, parsed),
    ...bodyProblems(file, parsed, tree, index, { kind: "incident", publishedNow }),
  ];
  return { data: problems.length === 0 ? result.data : undefined, body: parsed.body, tree, problems: withLines(problems, parsed), notices: withLines(notices, parsed) };
}

export function checkExchangeFile(file: string, text: string, index: ContentIndex): FileCheck<ExchangeFrontmatter> {
  const parsed = parseContentFile(text);
  const syntax = syntaxProblems(file, parsed);
  if (syntax.length > 0) return { body: parsed.body, problems: [...fileNameProblems(file), ...syntax], notices: [] };
  const result = checkExchange(file, parsed.data, index.exchanges);
  const future = (result.partial.rankings ?? []).flatMap((r, i) =>
    r.asOf > index.today ? [{ file, field: `rankings[${String(i)}].asOf`, message: `${r.asOf} is in the future (today is ${index.today})` }] : [],
  );
  const tree = parseMarkdown(parsed.body);
  const problems = [
    ...fileNameProblems(file),
    ...result.problems,
    ...placeholderProblems(file, parsed.data),
    ...future,
    ...lineageProblems(file, result.partial, index),
    ...(result.partial.checkedAt && result.partial.checkedAt > index.today
      ? [{ file, field: "checkedAt", message: `${result.partial.checkedAt} is in the future (today is ${index.today})` }]
      : []),
    ...bodyPlaceholderProblems(file, parsed),
    ...bodyProblems(file, parsed, tree, index, { kind: "exchange", publishedNow: true }),
  ];
  return { data: problems.length === 0 ? result.data : undefined, body: parsed.body, tree, problems: withLines(problems, parsed), notices: [] };
}

/** Two files whose URLs differ only by letter case collide on case-insensitive disks and hosts. */
export function duplicateSlugProblems(files: readonly string[]): ContentProblem[] {
  const bySlug = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const file of [...files].sort()) {
    const key = `${path.dirname(file)}/${slugOfFile(file).toLowerCase()}`;
    const first = bySlug.get(key);
    if (first) problems.push({ file, line: 1, field: "(file name)", message: `duplicate slug: ${first} has the same URL` });
    else bySlug.set(key, file);
  }
  return problems;
}
