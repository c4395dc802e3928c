/**
 * Social-card text. next/og renders with its bundled Latin font; any glyph outside it would make
 * it download fonts or emoji from a CDN during the build, so cards keep only what the font covers.
 */
const OG_SAFE = /[^\u0020-\u024F\u2010-\u2027\u2030-\u205E\u20A0-\u20BF]/gu;

export function toCardText(text: string): string {
  return text.replace(OG_SAFE, " ").replace(/\s+/g, " ").trim();
}

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;
