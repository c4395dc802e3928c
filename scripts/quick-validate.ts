// Temporary helper for content authors: validates every content file with lib/content/validate.
import { readFileSync, readdirSync } from "node:fs";
import { parse } from "yaml";
import { checkExchange, checkIncident, formatProblem } from "../lib/content/validate";

let problems = 0;
const exchanges = new Set(readdirSync("content/exchanges").filter((f) => f.endsWith(".md")).map((f) => f.replace(/\.md$/, "")));
for (const [dir, check] of [["content/incidents", checkIncident], ["content/exchanges", checkExchange]] as const) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".md"))) {
    const text = readFileSync(`${dir}/${f}`, "utf8");
    const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (!m) { console.log(`${dir}/${f}: no frontmatter`); problems++; continue; }
    const r = check(`${dir}/${f}`, parse(m[1] ?? ""), exchanges);
    for (const p of r.problems) { console.log(formatProblem(p)); problems++; }
  }
}
console.log(problems ? `${problems} problem(s)` : "all content valid");
process.exit(problems ? 1 : 0);
