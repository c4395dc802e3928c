/** Browser code (see signup-form.ts): "/" anywhere outside a text field jumps to search, as on most news and code sites. */

export const SEARCH_PATH = "/search";
const SEARCH_INPUT_SELECTOR = 'form[role="search"] input[type="search"]';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function enableSearchShortcut(root: Document): void {
  root.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
    event.preventDefault();
    const input = root.querySelector<HTMLInputElement>(SEARCH_INPUT_SELECTOR);
    if (root.location.pathname === SEARCH_PATH && input) input.focus();
    else root.location.assign(SEARCH_PATH);
  });
}
