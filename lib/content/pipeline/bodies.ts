/**
 * Incident bodies live beside the generated content module, one file per body, instead of inside
 * it. Listings, feeds and statistics need only the metadata, yet every page worker would otherwise
 * load all rendered HTML: at 10,000 reports that module was 63 MB of source, bundled into the
 * server chunks and kept on the heap of each build worker, and garbage collection over that heap
 * made every page slower the larger the archive grew.
 *
 * Files are named by a hash of their content, so builds of other content trees (benchmarks, test
 * fixtures) or a build that stops half-way can never overwrite the body a document points to.
 * Written by the content step (content-collections.ts), read by lib/content/queries/store.ts only.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { TocEntry } from "../model/types";

export type IncidentBody = { html: string; toc: TocEntry[] };

function bodiesDir(): string {
  return path.join(process.cwd(), ".content-collections", "bodies");
}

function bodyFile(key: string): string {
  if (!/^[0-9a-f]{32}$/.test(key)) throw new Error(`Invalid incident body key "${key}"`);
  return path.join(bodiesDir(), `${key}.json`);
}

/** Stores the body and returns the key the document keeps to find it again. */
export function writeIncidentBody(body: IncidentBody): string {
  const json = JSON.stringify(body);
  const key = createHash("sha256").update(json).digest("hex").slice(0, 32);
  const file = bodyFile(key);
  if (!existsSync(file)) {
    mkdirSync(bodiesDir(), { recursive: true });
    // Renamed into place so a concurrent reader never sees half a file.
    const partial = `${file}.${String(process.pid)}.tmp`;
    writeFileSync(partial, json);
    renameSync(partial, file);
  }
  return key;
}

export function readIncidentBody(key: string, slug: string): IncidentBody {
  const file = bodyFile(key);
  let json: string;
  try {
    json = readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`Missing body of incident "${slug}" (${file}): run the content step (npm run content:build) again`, { cause: error });
  }
  return JSON.parse(json) as IncidentBody;
}
