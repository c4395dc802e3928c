/**
 * Splits a content file into YAML frontmatter and markdown body, keeping enough position
 * information to name the line of any field. Used by both the build and `npm run content:check`
 * so both report the same line for the same mistake.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";

export type FieldPath = readonly (string | number)[];

export type ParsedContentFile = {
  /** The frontmatter as plain data (undefined when the YAML could not be parsed). */
  data: unknown;
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** The first YAML syntax error, with its 1-based line and column in the file. */
  yamlError?: { line: number; column: number; message: string };
  missingFrontmatter: boolean;
  /** 1-based file line of the field at `path`, or of its nearest existing parent. */
  lineOf: (path: FieldPath) => number;
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export function parseContentFile(text: string): ParsedContentFile {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { data: undefined, body: text, bodyLine: 1, missingFrontmatter: true, lineOf: () => 1 };
  }
  const yamlText = match[1] ?? "";
  const bodyLine = match[0].split("\n").length - (match[0].endsWith("\n") ? 0 : 1);
  const body = text.slice(match[0].length);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // The frontmatter starts on line 2, after the opening "---".
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const lineOf = (path: FieldPath) => locate(doc, path, fileLine);
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    return {
      data: undefined,
      body,
      bodyLine,
      missingFrontmatter: false,
      yamlError: { line: pos.line + 1, column: pos.col, message: first.message },
      lineOf,
    };
  }
  return { data: doc.toJS() as unknown, body, bodyLine, missingFrontmatter: false, lineOf };
}

function locate(doc: Document, path: FieldPath, fileLine: (offset: number) => number): number {
  let line = 1;
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => {
        const k: unknown = p.key;
        return (k && typeof k === "object" && "value" in k ? (k as { value: unknown }).value : k) === key;
      });
      if (!pair) return line;
      const keyRange = (pair.key as { range?: [number, number, number] } | null)?.range;
      if (keyRange) line = fileLine(keyRange[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item: unknown = node.items[key];
      const range = (item as { range?: [number, number, number] } | null)?.range;
      if (!range) return line;
      line = fileLine(range[0]);
      node = item;
    } else {
      return line;
    }
  }
  return line;
}

/** "sources[0].url" → ["sources", 0, "url"]: problems name fields as editors write them. */
export function parseFieldPath(field: string): FieldPath {
  const parts: (string | number)[] = [];
  for (const m of field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) parts.push(Number(m[2]));
    else if (m[1] !== undefined) parts.push(m[1]);
  }
  return parts;
}
