/**
 * Reads a content tree from disk and runs every check on every file: the core of
 * `npm run content:check`, also run by the unit tests on tests/fixtures.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseContentFile } from "./frontmatter";
import { buildContentIndex, checkExchangeFile, checkIncidentFile, duplicateSlugProblems, slugOfFile, todayIso, type ContentIndex } from "./check-content-file";
import { formatProblem, type ContentProblem } from "./check-frontmatter";
import { buildCoverage, type Coverage } from "./coverage-report";

export type TreeCheck = { files: number; problems: ContentProblem[]; notices: ContentProblem[] };

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** `public/` lookups for image checks; paths may not climb out of the folder. */
export function publicFileChecker(publicDir: string): (urlPath: string) => boolean {
  const root = path.resolve(publicDir);
  return (urlPath) => {
    const target = path.resolve(root, `.${urlPath}`);
    return target.startsWith(`${root}${path.sep}`) && existsSync(target) && statSync(target).isFile();
  };
}

function loadContentIndex(contentDir: string, publicDir: string, today: string): ContentIndex {
  return buildContentIndex({
    today,
    exchangeSlugs: markdownFiles(path.join(contentDir, "exchanges")).map(slugOfFile),
    exchanges: markdownFiles(path.join(contentDir, "exchanges")).map((file) => ({ slug: slugOfFile(file), data: parseContentFile(readFileSync(file, "utf8")).data })),
    incidents: markdownFiles(path.join(contentDir, "incidents")).map((file) => ({ slug: slugOfFile(file), data: parseContentFile(readFileSync(file, "utf8")).data })),
    publicFileExists: publicFileChecker(publicDir),
  });
}

export function checkContentTree(options: { contentDir: string; publicDir: string; today?: string }): TreeCheck {
  const today = options.today ?? todayIso();
  const index = loadContentIndex(options.contentDir, options.publicDir, today);
  const incidents = markdownFiles(path.join(options.contentDir, "incidents"));
  const exchanges = markdownFiles(path.join(options.contentDir, "exchanges"));
  const problems: ContentProblem[] = [...duplicateSlugProblems(incidents), ...duplicateSlugProblems(exchanges)];
  const notices: ContentProblem[] = [];
  for (const file of incidents) {
    const result = checkIncidentFile(file, readFileSync(file, "utf8"), index);
    problems.push(...result.problems);
    notices.push(...result.notices);
  }
  for (const file of exchanges) problems.push(...checkExchangeFile(file, readFileSync(file, "utf8"), index).problems);
  const order = (a: ContentProblem, b: ContentProblem) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
  return { files: incidents.length + exchanges.length, problems: problems.sort(order), notices: notices.sort(order) };
}

function record(data: unknown): Record<string, unknown> {
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
const text = (v: unknown) => (typeof v === "string" ? v : v instanceof Date ? v.toISOString().slice(0, 10) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Read leniently from the files as they are, so the report still prints when some file is broken. */
export function coverageOfTree(contentDir: string, today: string = todayIso()): Coverage {
  const incidents = markdownFiles(path.join(contentDir, "incidents")).map((file) => {
    const d = record(parseContentFile(readFileSync(file, "utf8")).data);
    return {
      slug: slugOfFile(file),
      date: text(d.date),
      incidentDate: text(d.incidentDate),
      draft: d.draft === true,
      exchanges: list(d.exchanges).filter((e): e is string => typeof e === "string"),
      sources: list(d.sources).map((s) => ({ publisher: text(record(s).publisher) })),
    };
  });
  const exchanges = markdownFiles(path.join(contentDir, "exchanges")).map((file) => {
    const d = record(parseContentFile(readFileSync(file, "utf8")).data);
    const security = record(d.security);
    return {
      slug: slugOfFile(file),
      status: text(d.status),
      successor: text(d.successor),
      checkedAt: text(d.checkedAt),
      facts: Object.entries(security).map(([key, f]) => ({ key, value: text(record(f).value), asOf: text(record(f).asOf) })),
    };
  });
  return buildCoverage(incidents, exchanges, today);
}

/** The report `content:check` prints: problems, then notices, then one summary line. */
export function formatTreeCheck(result: TreeCheck, elapsedMs?: number): string[] {
  const filesWithProblems = new Set(result.problems.map((p) => p.file)).size;
  const noticeCount = (field: string) => result.notices.filter((n) => n.field === field).length;
  const extras = [`${String(noticeCount("draft"))} draft`, `${String(noticeCount("date"))} scheduled`].join(", ");
  const time = elapsedMs === undefined ? "" : ` in ${String(Math.round(elapsedMs))} ms`;
  const summary =
    result.problems.length === 0
      ? `content:check: ${String(result.files)} files OK (${extras})${time}`
      : `content:check: ${String(result.problems.length)} problem${result.problems.length === 1 ? "" : "s"} in ${String(filesWithProblems)} of ${String(result.files)} files (${extras})${time}`;
  return [...result.problems.map(formatProblem), ...result.notices.map((n) => `${formatProblem(n)} [note]`), summary];
}
