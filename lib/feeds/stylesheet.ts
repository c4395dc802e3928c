/**
 * The XSLT stylesheet RSS and Atom feeds point at (`<?xml-stylesheet?>`), so a reader who opens a
 * feed in a browser sees a readable page that says what a feed is and how to subscribe, instead of
 * raw XML. Feed readers ignore it.
 *
 * Titles and summaries are stored as escaped HTML text (see ./build): the stylesheet undoes that
 * escaping and writes the result as text (never as markup), so "Binance's" does not show as
 * "Binance&#39;s" and nothing in a title can become an element.
 */

import { feedsPath, feedStylesheetPath } from "@/lib/routes";

export const FEED_STYLESHEET_CONTENT_TYPE = "text/xsl; charset=utf-8";

/** The processing instruction that goes right after the XML declaration. */
export const FEED_STYLESHEET_INSTRUCTION = `<?xml-stylesheet type="text/xsl" href="${feedStylesheetPath()}"?>`;

/** Put the stylesheet instruction after the XML declaration of a feed document. */
export function withFeedStylesheet(xml: string): string {
  const declaration = /^<\?xml[^?]*\?>\s*/.exec(xml);
  if (!declaration) return `${FEED_STYLESHEET_INSTRUCTION}\n${xml}`;
  return `${declaration[0].trimEnd()}\n${FEED_STYLESHEET_INSTRUCTION}\n${xml.slice(declaration[0].length)}`;
}

const STYLE = `
  :root { color-scheme: light dark; }
  body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; background: #fff; color: #18181b; }
  main { max-width: 42rem; margin: 0 auto; padding: 1rem; }
  .about { border: 1px solid #d4d4d8; background: #f4f4f5; border-radius: 4px; padding: 0.75rem 1rem; }
  .about p { margin: 0.25rem 0; }
  h1 { font-family: Georgia, serif; font-size: 1.75rem; line-height: 1.2; margin: 1.25rem 0 0.25rem; }
  ol { list-style: none; padding: 0; }
  li { border-top: 1px solid #e4e4e7; padding: 0.75rem 0; }
  h2 { font-family: Georgia, serif; font-size: 1.2rem; line-height: 1.3; margin: 0; }
  a { color: #1d4ed8; text-decoration: underline; }
  .meta { color: #52525b; font-size: 0.875rem; margin: 0.25rem 0; }
  code { word-break: break-all; }
  @media (prefers-color-scheme: dark) {
    body { background: #18181b; color: #f4f4f5; }
    .about { background: #27272a; border-color: #3f3f46; }
    li { border-color: #3f3f46; }
    a { color: #93c5fd; }
    .meta { color: #a1a1aa; }
  }
`;

export const FEED_STYLESHEET = `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom"
  exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
    <xsl:variable name="title" select="rss/channel/title | atom:feed/atom:title"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/> (feed)</title>
        <style>${STYLE}</style>
      </head>
      <body>
        <main>
          <div class="about">
            <p><strong>This is a news feed.</strong> Copy this page's address into a feed reader to get new reports as they are published.</p>
            <p><a href="${feedsPath()}">Every Breachdesk feed, and how to subscribe</a></p>
          </div>
          <h1><xsl:value-of select="$title"/></h1>
          <xsl:apply-templates select="rss/channel | atom:feed"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="rss/channel">
    <p class="meta">
      <xsl:call-template name="unescape"><xsl:with-param name="text" select="description"/></xsl:call-template>
      <xsl:text> </xsl:text><a href="{link}">Open the web page</a>
    </p>
    <ol>
      <xsl:for-each select="item">
        <li>
          <h2><a href="{link}"><xsl:value-of select="title"/></a></h2>
          <p class="meta"><xsl:value-of select="substring(pubDate, 6, 11)"/></p>
          <p><xsl:call-template name="unescape"><xsl:with-param name="text" select="description"/></xsl:call-template></p>
        </li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <xsl:template match="atom:feed">
    <p class="meta">
      <xsl:value-of select="atom:subtitle"/>
      <xsl:text> </xsl:text><a href="{atom:link[not(@rel) or @rel='alternate'][1]/@href}">Open the web page</a>
    </p>
    <ol>
      <xsl:for-each select="atom:entry">
        <li>
          <h2><a href="{atom:link/@href}"><xsl:call-template name="unescape"><xsl:with-param name="text" select="atom:title"/></xsl:call-template></a></h2>
          <p class="meta">Published <xsl:value-of select="substring(atom:published, 1, 10)"/>, updated <xsl:value-of select="substring(atom:updated, 1, 10)"/></p>
          <p><xsl:call-template name="unescape"><xsl:with-param name="text" select="atom:summary"/></xsl:call-template></p>
        </li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <!-- Escaped HTML text back to plain text: &lt; &gt; &quot; &#39; first, &amp; last. -->
  <xsl:template name="unescape">
    <xsl:param name="text"/>
    <xsl:call-template name="replace">
      <xsl:with-param name="from" select="'&amp;amp;'"/>
      <xsl:with-param name="to" select="'&amp;'"/>
      <xsl:with-param name="text">
        <xsl:call-template name="replace">
          <xsl:with-param name="from" select="'&amp;#39;'"/>
          <xsl:with-param name="to">'</xsl:with-param>
          <xsl:with-param name="text">
            <xsl:call-template name="replace">
              <xsl:with-param name="from" select="'&amp;quot;'"/>
              <xsl:with-param name="to" select="'&quot;'"/>
              <xsl:with-param name="text">
                <xsl:call-template name="replace">
                  <xsl:with-param name="from" select="'&amp;gt;'"/>
                  <xsl:with-param name="to" select="'&gt;'"/>
                  <xsl:with-param name="text">
                    <xsl:call-template name="replace">
                      <xsl:with-param name="from" select="'&amp;lt;'"/>
                      <xsl:with-param name="to" select="'&lt;'"/>
                      <xsl:with-param name="text" select="$text"/>
                    </xsl:call-template>
                  </xsl:with-param>
                </xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="replace">
    <xsl:param name="text"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="contains($text, $from)">
        <xsl:value-of select="substring-before($text, $from)"/>
        <xsl:value-of select="$to"/>
        <xsl:call-template name="replace">
          <xsl:with-param name="text" select="substring-after($text, $from)"/>
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
`;
