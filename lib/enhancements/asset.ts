import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { ENHANCEMENT_DIR } from "./budget";

let cached: string | undefined;

/** "/enhance/<hash>.js", the script scripts/build-enhancements.ts bundled; read once per process. */
export function enhancementScriptPath(): string {
  if (cached) return cached;
  const dir = path.join(process.cwd(), "public", ENHANCEMENT_DIR);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".js"));
  } catch (error) {
    throw new Error(`${dir} is missing: run \`npm run build:enhancements\` (npm run build and npm run dev do)`, { cause: error });
  }
  const [name, ...others] = names;
  if (!name || others.length > 0) throw new Error(`${dir} must hold exactly one .js file (found ${String(names.length)}): rerun \`npm run build:enhancements\``);
  cached = `/${ENHANCEMENT_DIR}/${name}`;
  return cached;
}
