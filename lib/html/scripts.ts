/**
 * Which `<script>` elements a browser runs. One rule for the CSP hashes (scripts/finish-prerendered-html.ts),
 * the runtime removal (lib/html/client-runtime.ts) and the bench's page weights (bench/page-weight.ts):
 * data blocks (JSON-LD and any other unknown type) are content, not code.
 */

const EXECUTABLE_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

/** `attributes` is the text between `<script` and `>`. */
export function isExecutableScript(attributes: string): boolean {
  const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase() ?? "";
  return EXECUTABLE_TYPES.has(type);
}

/** The text of every non-empty inline script a browser would run, in document order. */
export function extractInlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? "";
    const body = match[2] ?? "";
    if (/\ssrc\s*=/i.test(attributes) || body.length === 0 || !isExecutableScript(attributes)) continue;
    scripts.push(body);
  }
  return scripts;
}
