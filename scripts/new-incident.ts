/** npm run new:incident -- --title "Exchange X loses $Y" [--slug exchange-x-2025] */
import path from "node:path";
import { parseArgs } from "node:util";
import { incidentTemplate, slugify, writeNewContentFile } from "../lib/content/scaffold";
import { todayIso } from "../lib/dates";

const { values } = parseArgs({ options: { title: { type: "string" }, slug: { type: "string" }, dir: { type: "string", default: process.env.CONTENT_DIR ?? "content" } } });
if (!values.title) {
  console.error('usage: npm run new:incident -- --title "Exchange X loses $Y" [--slug exchange-x-2025]');
  process.exit(2);
}
try {
  const file = writeNewContentFile(path.join(values.dir, "incidents"), values.slug ?? slugify(values.title), incidentTemplate({ title: values.title, today: todayIso() }));
  console.log(`Created ${file}\nFill in every TODO, then run: npm run content:check`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
