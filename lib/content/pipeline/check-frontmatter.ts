/**
 * Content rules beyond a single field's type: references between files and dates that must be
 * ordered. Shared by the build (content-collections transform), the unit tests and scripts, so an
 * editor gets the same message wherever a file is checked.
 */
import { slugOfFile } from "../model/slug";
import type { z } from "zod";
import { exchangeFrontmatter, incidentFrontmatter, unknownIncidentFields, type ExchangeFrontmatter, type IncidentFrontmatter } from "./schema";
import { didYouMean } from "@/lib/edit-distance";

/** `line`/`column` are 1-based positions in the file, filled in by the file-level checks. */
export type ContentProblem = { file: string; field: string; message: string; line?: number; column?: number };

/** `path:line field: message`, the shape editors' terminals and editors make clickable. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${String(p.line)}${p.column === undefined ? "" : `:${String(p.column)}`}`;
  return `${where} ${p.field}: ${p.message}`;
}

function formatProblems(problems: ContentProblem[]): string {
  return problems.map(formatProblem).join("\n");
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${String(key)}]` : acc ? `${acc}.${String(key)}` : String(key)), "");
}

function zodProblems(file: string, error: z.ZodError): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: fieldPath(issue.path) || "(frontmatter)",
    message: issue.message,
  }));
}

/**
 * The fields that did parse, so one wrong field does not hide the cross-file problems of the
 * others: an editor sees every mistake of a file in one run.
 */
function salvage<S extends z.ZodRawShape>(schema: z.ZodObject<S>, raw: unknown): Partial<z.infer<z.ZodObject<S>>> {
  const record: Record<string, unknown> = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const result = (field as z.ZodType).safeParse(record[key]);
    if (result.success && result.data !== undefined) out[key] = result.data;
  }
  return out as Partial<z.infer<z.ZodObject<S>>>;
}

const exchangeFile = (slug: string) => `"${slug}"`;

function checkIncidentReferences(
  file: string,
  data: Partial<Pick<IncidentFrontmatter, "exchanges" | "updates" | "date">>,
  knownExchanges: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  (data.exchanges ?? []).forEach((slug, i) => {
    if (!knownExchanges.has(slug)) {
      problems.push({
        file,
        field: `exchanges[${String(i)}]`,
        message: `unknown exchange "${slug}"${didYouMean(slug, knownExchanges, exchangeFile)} (exchanges are the files in content/exchanges/; add ${slug}.md there or fix the slug)`,
      });
    }
  });
  (data.updates ?? []).forEach((u, i) => {
    if (data.date && u.date < data.date) {
      problems.push({
        file,
        field: `updates[${String(i)}].date`,
        message: `${u.date} is before the publication date ${data.date}`,
      });
    }
  });
  return problems;
}


function checkExchangeReferences(
  file: string,
  data: Partial<Pick<ExchangeFrontmatter, "successor" | "relations" | "status" | "rankings">>,
  knownExchanges: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const self = slugOfFile(file);
  if (data.successor === self) {
    problems.push({ file, field: "successor", message: `"${self}" cannot be its own successor` });
  }
  (data.relations ?? []).forEach((r, i) => {
    if (r.slug === self) problems.push({ file, field: `relations[${String(i)}].slug`, message: `"${self}" cannot be related to itself` });
  });
  // The same source on the same day twice would show one ranking as two snapshots in the history.
  const seen = new Map<string, number>();
  (data.rankings ?? []).forEach((snapshot, i) => {
    const key = `${snapshot.asOf} ${snapshot.source}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        field: `rankings[${String(i)}]`,
        message: `repeats rankings[${String(first)}] (same asOf ${snapshot.asOf} and source); merge them into one snapshot`,
      });
    } else seen.set(key, i);
  });
  if (data.successor && !knownExchanges.has(data.successor)) {
    problems.push({
      file,
      field: "successor",
      message: `unknown exchange "${data.successor}"${didYouMean(data.successor, knownExchanges, exchangeFile)} (no content/exchanges/${data.successor}.md)`,
    });
  }
  if ((data.status === "renamed" || data.status === "merged") && !data.successor) {
    problems.push({ file, field: "successor", message: `is required when status is ${data.status}: the slug of the exchange it became` });
  }
  (data.relations ?? []).forEach((r, i) => {
    if (!knownExchanges.has(r.slug)) {
      problems.push({
        file,
        field: `relations[${String(i)}].slug`,
        message: `unknown exchange "${r.slug}"${didYouMean(r.slug, knownExchanges, exchangeFile)} (no content/exchanges/${r.slug}.md)`,
      });
    }
  });
  return problems;
}

/** `data` is set only when the whole frontmatter is valid; `partial` holds every field that parsed. */
export type CheckResult<T> = { data?: T; partial: Partial<T>; problems: ContentProblem[] };

export function checkIncident(file: string, frontmatter: unknown, knownExchanges: ReadonlySet<string>): CheckResult<IncidentFrontmatter> {
  const parsed = incidentFrontmatter.safeParse(frontmatter);
  const partial = parsed.success ? parsed.data : salvage(incidentFrontmatter, frontmatter);
  const schemaProblems = parsed.success ? [] : zodProblems(file, parsed.error);
  const unknown = unknownIncidentFields(frontmatter).map((u) => ({ file, ...u }));
  return {
    data: unknown.length === 0 ? parsed.data : undefined,
    partial,
    problems: [...unknown, ...schemaProblems, ...checkIncidentReferences(file, partial, knownExchanges)],
  };
}

export function checkExchange(file: string, frontmatter: unknown, knownExchanges: ReadonlySet<string>): CheckResult<ExchangeFrontmatter> {
  const parsed = exchangeFrontmatter.safeParse(frontmatter);
  const partial = parsed.success ? parsed.data : salvage(exchangeFrontmatter, frontmatter);
  const schemaProblems = parsed.success ? [] : zodProblems(file, parsed.error);
  return { data: parsed.data, partial, problems: [...schemaProblems, ...checkExchangeReferences(file, partial, knownExchanges)] };
}

/** Thrown inside the content build so next build stops with every problem of the file listed. */
export class ContentValidationError extends Error {
  constructor(
    readonly problems: ContentProblem[],
    trailer: string[] = [],
  ) {
    super([`Invalid content:`, formatProblems(problems), ...trailer].join("\n"));
    this.name = "ContentValidationError";
  }
}
