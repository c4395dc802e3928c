/** npm run new:exchange -- --name "Exchange X" [--slug exchange-x] */
import { todayIso } from "@/lib/dates";
import path from "node:path";
import { parseArgs } from "node:util";
import { exchangeTemplate, slugify, writeNewContentFile } from "../lib/content/scaffold";

const { values } = parseArgs({ options: { name: { type: "string" }, slug: { type: "string" }, dir: { type: "string", default: process.env.CONTENT_DIR ?? "content" } } });
if (!values.name) {
  console.error('usage: npm run new:exchange -- --name "Exchange X" [--slug exchange-x]');
  process.exit(2);
}
try {
  const file = writeNewContentFile(path.join(values.dir, "exchanges"), values.slug ?? slugify(values.name), exchangeTemplate({ name: values.name, today: todayIso() }));
  console.log(`Created ${file}\nFill in every TODO, then run: npm run content:check`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
