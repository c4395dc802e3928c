/** Reads content files the way the build does (frontmatter split + YAML), for tests and scripts. */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

export type RawContentFile = { file: string; slug: string; frontmatter: unknown; body: string };

export function readContentDir(dir: string): RawContentFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => {
      const file = path.join(dir, f);
      const text = readFileSync(file, "utf8");
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      return {
        file,
        slug: f.replace(/\.md$/, ""),
        frontmatter: match ? parse(match[1] ?? "") : undefined,
        body: match?.[2] ?? text,
      };
    });
}
