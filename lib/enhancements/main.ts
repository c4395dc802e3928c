/**
 * The only script content pages load (bundled to public/enhance/ by scripts/build-enhancements.ts): the
 * signup form's inline answer and the "/" search shortcut. Pages that keep React load it too, so each
 * behaviour has one implementation.
 */
import { enableSearchShortcut } from "./search-shortcut";
import { enhanceSignupForms } from "./signup-form";

enhanceSignupForms(document);
enableSearchShortcut(document);
