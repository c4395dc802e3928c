import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContentTree, formatProblem } from "@/lib/content/pipeline";
import { exchangeTemplate, incidentTemplate, slugify, writeNewContentFile } from "@/lib/content/scaffold";

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "breachdesk-scaffold-"));
  cpSync("tests/fixtures/content-check/content/exchanges/okex.md", path.join(root, "content/exchanges/okex.md"), { recursive: true });
  cpSync("tests/fixtures/content-check/content/incidents/good-2020.md", path.join(root, "content/incidents/good-2020.md"), { recursive: true });
  cpSync("tests/fixtures/content-check/content/incidents/second-2021.md", path.join(root, "content/incidents/second-2021.md"), { recursive: true });
  cpSync("tests/fixtures/content-check/content/exchanges/mt-gox.md", path.join(root, "content/exchanges/mt-gox.md"), { recursive: true });
  cpSync("tests/fixtures/content-check/public", path.join(root, "public"), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const check = () =>
  checkContentTree({ contentDir: path.join(root, "content"), publicDir: path.join(root, "public"), today: "2026-01-01" }).problems.map((p) =>
    formatProblem(p).replace(`${root}/`, ""),
  );

/** What an editor does: write real text wherever the scaffold says TODO. */
const fill = (file: string) => writeFileSync(file, readFileSync(file, "utf8").replace(/TODO:?/g, "filled"));

describe("new:incident scaffold", () => {
  it("makes a slug from the title", () => {
    expect(slugify("Exchange X loses $Y")).toBe("exchange-x-loses-y");
    expect(slugify("Coinčheck: ¥58 billion gone")).toBe("coincheck-58-billion-gone");
  });

  it("writes today's date, status reported and every field, refuses placeholders, then validates once filled", () => {
    const text = incidentTemplate({ title: 'Exchange X loses $Y, says "nothing"', today: "2026-01-01" });
    expect(text).toContain("date: 2026-01-01");
    expect(text).toContain("status: reported");
    for (const field of ["incidentDate", "lossUsd", "frozenOrRecoveredUsd", "reimbursedUsd", "featured", "draft"]) expect(text).toMatch(new RegExp(`^# ${field}:`, "m"));
    for (const field of ["title", "summary", "assets", "attackVector", "exchanges", "tags", "author", "sources", "updates"]) expect(text).toMatch(new RegExp(`^${field}:`, "m"));

    const file = writeNewContentFile(path.join(root, "content/incidents"), slugify("Exchange X loses $Y"), text);
    expect(path.basename(file)).toBe("exchange-x-loses-y.md");
    expect(check()).toEqual([
      'content/incidents/exchange-x-loses-y.md:4 summary: still holds the scaffold placeholder "TODO": replace it with the real value',
      'content/incidents/exchange-x-loses-y.md:30 sources[0].title: still holds the scaffold placeholder "TODO": replace it with the real value',
      'content/incidents/exchange-x-loses-y.md:31 sources[0].url: still holds the scaffold placeholder "TODO": replace it with the real value',
      'content/incidents/exchange-x-loses-y.md:32 sources[0].publisher: still holds the scaffold placeholder "TODO": replace it with the real value',
      'content/incidents/exchange-x-loses-y.md:43 body: still holds the scaffold placeholder "TODO": write the text',
    ]);
    fill(file);
    expect(check()).toEqual([]);
  });

  it("refuses to overwrite an existing file", () => {
    const dir = path.join(root, "content/incidents");
    const before = readFileSync(path.join(dir, "good-2020.md"), "utf8");
    expect(() => writeNewContentFile(dir, "good-2020", incidentTemplate({ title: "x", today: "2026-01-01" }))).toThrow(/already exists; not overwriting/);
    expect(readFileSync(path.join(dir, "good-2020.md"), "utf8")).toBe(before);
  });
});

describe("new:exchange scaffold", () => {
  it("validates once filled", () => {
    const file = writeNewContentFile(path.join(root, "content/exchanges"), slugify("Exchange X"), exchangeTemplate({ name: "Exchange X", today: "2026-01-01" }));
    expect(check()).toHaveLength(3);
    fill(file);
    expect(check()).toEqual([]);
  });
});
