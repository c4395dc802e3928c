/** HTML helpers for feed bodies: escaping plain text, and making links work outside our site. */
import { unified } from "unified";
import rehypeParse from "rehype-parse";
import rehypeStringify from "rehype-stringify";
import { visit } from "unist-util-visit";
import type { Element, Root } from "hast";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Plain text → HTML text, for feed fields that readers interpret as HTML (RSS description, Atom type="html"). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const URL_ATTRIBUTES: Record<string, string> = { a: "href", img: "src", source: "src", video: "src", audio: "src" };

/**
 * Feed readers show an item away from our site, so every relative URL in the body must be
 * absolute: "/incidents/x" against the site, "#fn-1" against the article's own permalink.
 */
export function absolutizeHtml(html: string, pageUrl: string): string {
  const plugin = () => (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      const attribute = URL_ATTRIBUTES[node.tagName];
      if (!attribute) return;
      const value = node.properties[attribute];
      if (typeof value !== "string" || value === "") return;
      node.properties[attribute] = new URL(value, pageUrl).toString();
    });
  };
  return unified().use(rehypeParse, { fragment: true }).use(plugin).use(rehypeStringify).processSync(html).toString();
}
