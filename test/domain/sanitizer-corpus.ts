/**
 * @module Invented hostile HTML for the body sanitizer, each vector with what its output must
 * satisfy beyond the properties every output has (see sanitizer-check.ts). Shared by the workerd
 * tests and the Chromium differential test.
 */

export interface Vector {
  name: string
  input: string
  /** Substrings the sanitized output must contain (e.g. text that must survive, escaped). */
  keeps?: string[]
  /** Substrings (compared case-insensitively) the sanitized output must not contain. */
  drops?: string[]
  /** The exact output, where it is fully determined. */
  equals?: string
}

const ALERT = 'alert(1)'
const HANDLER_SVG = `<svg/onload=${ALERT}>`
const HANDLER_IMG = `<img src=x onerror=${ALERT}>`

/** Raw-text wrappers in several cases and nestings around a live handler. */
function rawTextWrappers(): Vector[] {
  const wrappers = [
    'xmp',
    'noembed',
    'noframes',
    'noscript',
    'iframe',
    'textarea',
    'title',
    'style',
  ]
  const out: Vector[] = []
  for (const w of wrappers) {
    for (const name of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]) {
      out.push({
        name: `<${name}> around a handler`,
        input: `<p>b</p><${name}>${HANDLER_SVG}</${name}>`,
        keeps: ['<p>b</p>'],
        drops: ['<svg'],
      })
    }
    out.push({
      name: `<${w}> inside <p>`,
      input: `<p>a<${w}>${HANDLER_IMG}</${w}>b</p>`,
      drops: ['<img'],
    })
    out.push({
      name: `<${w}> doubled`,
      input: `<${w}><${w}>${HANDLER_IMG}</${w}></${w}>`,
      drops: ['<img'],
    })
    out.push({
      name: `</${w}> with attributes`,
      input: `<${w}>x</${w} title="</${w}>${HANDLER_IMG}">y`,
      drops: ['onerror'],
    })
  }
  return out
}

/** Script URLs in every URL attribute, obfuscated in the ways a URL parser forgives. */
function scriptUrls(): Vector[] {
  const schemes = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \tjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '&#0000000106;avascript:alert(1)',
    'jav&#x000000009;ascript:alert(1)',
    'javascript&#00000058;alert(1)',
    '&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)',
    '&#x6A;avascript&colon;alert(1)',
    'java&Tab;script:alert(1)',
    'java&NewLine;script:alert(1)',
    'javascript&#x3A;alert(1)',
    '&#X6a;&#X61;vascript:alert(1)',
    'jav&#97;script:alert(1)',
    'javascript\u000b:alert(1)',
  ]
  const places = [
    (u: string) => `<a href="${u}">x</a>`,
    (u: string) => `<a href='${u}'>x</a>`,
    (u: string) => `<img src="${u}" alt="i">`,
    (u: string) => `<blockquote cite="${u}">q</blockquote>`,
    (u: string) => `<q cite="${u}">q</q>`,
  ]
  const out: Vector[] = []
  schemes.forEach((u, i) => {
    const place = places[i % places.length]!
    out.push({
      name: `script URL ${JSON.stringify(u)}`,
      input: place(u),
      drops: ['script:', 'data:', 'href="j', 'alert(1)"'],
    })
  })
  out.push({
    name: 'unquoted javascript: href',
    input: `<a href=javascript:${ALERT}>x</a>`,
    equals: '<a>x</a>',
  })
  out.push({
    name: 'zero-padded j in href (issue)',
    input: '<p><a href="&#0000000106;avascript:alert(1)">x</a></p>',
    equals: '<p><a>x</a></p>',
  })
  return out
}

const handWritten: Vector[] = [
  {
    name: 'issue: xmp svg onload',
    input: '<p>b</p><xmp><svg/onload=alert(document.domain)></xmp>',
    keeps: ['<p>b</p>', '&#60;svg/onload'],
    drops: ['<svg'],
  },
  {
    name: 'issue: plaintext',
    input: `<p>b</p><plaintext>${HANDLER_SVG}</plaintext>`,
    keeps: ['&#60;svg'],
    drops: ['<svg'],
  },
  { name: 'issue: XMP upper case', input: `<XMP>${HANDLER_SVG}</XMP>`, drops: ['<svg'] },
  { name: 'issue: xmp in p', input: `<p><xmp>${HANDLER_SVG}</xmp></p>`, drops: ['<svg'] },
  {
    name: 'issue: nested noembed (round trip)',
    input: `<noembed><noembed>${HANDLER_IMG}`,
    equals: '',
  },
  { name: 'issue: unterminated attribute', input: '<p title="x>Harbour <b>news</b>', equals: '' },
  {
    name: 'unterminated single-quoted attribute',
    input: "<p>ok</p><a title='x>y",
    equals: '<p>ok</p>',
  },
  { name: 'unterminated tag', input: '<p>ok</p><img src=x onerror=alert(1)', equals: '<p>ok</p>' },
  { name: 'script', input: '<p>a<script>alert(1)</script>b</p>', equals: '<p>ab</p>' },
  { name: 'self-closing script runs to the end', input: '<script/>alert(1)<p>x</p>', equals: '' },
  { name: 'script end tag with space', input: '<script>alert(1)</script >x', equals: 'x' },
  { name: 'script end tag lookalike', input: '<script>a</scripty>alert(1)</script>z', equals: 'z' },
  {
    name: 'script in script comment',
    input: '<script><!--<script></script>alert(1)</script>z',
    drops: ['<script'],
  },
  {
    name: 'style-borne URL',
    input: '<p style="background:url(javascript:alert(1))">x</p>',
    equals: '<p>x</p>',
  },
  {
    name: 'style element with expression',
    input: '<style>p{x:expression(alert(1))}</style><p>x</p>',
    equals: '<p>x</p>',
  },
  { name: 'style @import', input: '<style>@import "//evil.example/x.css";</style>t', equals: 't' },
  {
    name: 'event handler on allowed element',
    input: '<p onclick="alert(1)" ONMOUSEOVER=alert(1)>x</p>',
    equals: '<p>x</p>',
  },
  {
    name: 'handler with slash separator',
    input: '<img/src="x"/onerror="alert(1)">',
    equals: '<img src="x">',
  },
  {
    name: 'handler after quoted value without space',
    input: '<img src="x"onerror="alert(1)">',
    equals: '<img src="x">',
  },
  {
    name: 'handler name with equals first',
    input: '<p =onclick=alert(1)>x</p>',
    equals: '<p>x</p>',
  },
  { name: 'img without src', input: '<img onerror=alert(1)>', equals: '' },
  {
    name: 'img with unsafe src only',
    input: '<img src="javascript:alert(1)" alt="x">',
    equals: '',
  },
  {
    name: 'srcset',
    input: '<img src="/a.jpg" srcset="javascript:alert(1) 1x">',
    equals: '<img src="/a.jpg">',
  },
  {
    name: 'formaction',
    input: '<form><button formaction="javascript:alert(1)">x</button></form>t',
    equals: 't',
  },
  { name: 'input image', input: '<input type="image" src="x" onerror="alert(1)">t', equals: 't' },
  {
    name: 'base href',
    input: '<base href="javascript:alert(1)//"><a href="x">x</a>',
    equals: '<a href="x" rel="noopener nofollow ugc">x</a>',
  },
  {
    name: 'meta refresh',
    input: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">t',
    equals: 't',
  },
  { name: 'link import', input: '<link rel="import" href="//evil.example">t', equals: 't' },
  {
    name: 'iframe srcdoc',
    input: '<iframe srcdoc="<script>alert(1)</script>"></iframe>t',
    equals: 't',
  },
  {
    name: 'object data',
    input: '<object data="javascript:alert(1)"><p>fallback</p></object>t',
    equals: 't',
  },
  { name: 'embed', input: '<embed src="javascript:alert(1)">t', equals: 't' },
  { name: 'svg script', input: '<svg><script>alert(1)</script></svg>t', equals: 't' },
  {
    name: 'svg animate href',
    input:
      '<svg><a><animate attributeName="href" to="javascript:alert(1)"/><text>x</text></a></svg>t',
    equals: 't',
  },
  {
    name: 'svg xlink:href',
    input: '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    equals: '',
  },
  { name: 'svg self-closing then img', input: `<svg/>${HANDLER_IMG}`, equals: '<img src="x">' },
  {
    name: 'svg style breakout (mXSS)',
    input: `<svg><style></svg>${HANDLER_IMG}</style></svg>t`,
    drops: ['onerror'],
  },
  {
    name: 'svg p breakout (mXSS)',
    input: `<svg><p><style><img src=x onerror=alert(1)></style></p></svg>`,
    drops: ['onerror'],
  },
  {
    name: 'math mglyph (mXSS)',
    input: `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
    drops: ['onerror'],
  },
  { name: 'math href', input: '<math href="javascript:alert(1)"><mi>x</mi></math>t', equals: 't' },
  {
    name: 'math annotation-xml',
    input: `<math><annotation-xml encoding="text/html">${HANDLER_IMG}</annotation-xml></math>`,
    equals: '',
  },
  {
    name: 'noscript mXSS',
    input: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    drops: ['onerror'],
  },
  { name: 'template', input: `<template>${HANDLER_IMG}</template>t`, equals: 't' },
  { name: 'comment hiding markup', input: `<!--${HANDLER_IMG}-->t`, equals: 't' },
  { name: 'abrupt empty comment <!-->', input: `<!-->${HANDLER_IMG}`, equals: '<img src="x">' },
  { name: 'abrupt comment <!--->', input: `<!--->${HANDLER_IMG}`, equals: '<img src="x">' },
  { name: 'comment ended by --!>', input: `<!-- x --!>${HANDLER_IMG}`, equals: '<img src="x">' },
  { name: 'comment with -- inside', input: `<!-- a -- b -->t`, equals: 't' },
  { name: 'unclosed comment', input: `t<!--${HANDLER_IMG}`, equals: 't' },
  {
    name: 'comment in attribute',
    input: `<abbr title="<!--">x</abbr>${HANDLER_IMG}<!-- -->`,
    keeps: ['title="&#60;!--"'],
    drops: ['onerror'],
  },
  {
    name: 'NUL before a scheme becomes U+FFFD: a relative URL',
    input: '<a href="\u0000javascript:alert(1)">x</a>',
    keeps: ['href="\ufffdjavascript'],
  },
  {
    name: 'CDATA is a bogus comment in HTML',
    input: `<![CDATA[x]]>${HANDLER_IMG}`,
    equals: '<img src="x">',
  },
  {
    name: 'CDATA with markup',
    input: `<![CDATA[<img src=x onerror=alert(1)>]]>`,
    drops: ['onerror'],
  },
  {
    name: 'processing instruction',
    input: `<?xml version="1.0"?>${HANDLER_IMG}`,
    equals: '<img src="x">',
  },
  { name: 'doctype', input: '<!DOCTYPE html><p>x</p>', equals: '<p>x</p>' },
  { name: 'bogus end tag', input: `</ p>${HANDLER_IMG}`, drops: ['onerror'] },
  { name: 'end tag with attributes', input: '<p>x</p title="y">z', equals: '<p>x</p>z' },
  {
    name: 'lt followed by space',
    input: '<p>1 < 2 and 3 > 2</p>',
    equals: '<p>1 &#60; 2 and 3 &#62; 2</p>',
  },
  { name: 'lone lt at end', input: 'a <', equals: 'a &#60;' },
  {
    name: 'attribute with quotes in value',
    input: `<a title='"><img src=x onerror=alert(1)>' href=/a>x</a>`,
    drops: ['<img'],
  },
  {
    name: 'backtick attribute (a relative URL)',
    input: '<a href=`javascript:alert(1)`>x</a>',
    keeps: ['href="`javascript'],
  },
  {
    name: 'duplicate href: first wins',
    input: '<a href="/ok" href="javascript:alert(1)">x</a>',
    equals: '<a href="/ok" rel="noopener nofollow ugc">x</a>',
  },
  {
    name: 'rel from input is replaced',
    input: '<a href="/x" rel="opener">x</a>',
    equals: '<a href="/x" rel="noopener nofollow ugc">x</a>',
  },
  {
    name: 'target is dropped',
    input: '<a href="/x" target="_blank">x</a>',
    equals: '<a href="/x" rel="noopener nofollow ugc">x</a>',
  },
  { name: 'h1 becomes h2', input: '<h1 id="t">Title</h1>', equals: '<h2>Title</h2>' },
  {
    name: 'entity-encoded tags stay text',
    input: '&lt;script&gt;alert(1)&lt;/script&gt;',
    equals: '&#60;script&#62;alert(1)&#60;/script&#62;',
  },
  {
    name: 'double-encoded entity',
    input: '&amp;lt;img src=x onerror=alert(1)&amp;gt;',
    drops: ['<img'],
  },
  {
    name: 'named entities decoded (issue)',
    input: '<p>Caf&eacute; in Z&uuml;rich</p>',
    equals: '<p>Café in Zürich</p>',
  },
  {
    name: 'legacy entity without semicolon',
    input: '<p>&copy 2026 &amp fish</p>',
    equals: '<p>© 2026 &#38; fish</p>',
  },
  {
    name: 'attribute legacy entity before =',
    input: '<a href="/s?a=1&not=2">x</a>',
    keeps: ['href="/s?a=1&#38;not=2"'],
  },
  { name: 'NUL in tag name', input: `<scr\u0000ipt>alert(1)</scr\u0000ipt>t`, drops: ['<scr'] },
  { name: 'NUL in attribute name', input: '<img src=x on\u0000error=alert(1)>', drops: ['error='] },
  { name: 'CR normalisation', input: '<p>a\r\nb\rc</p>', equals: '<p>a\nb\nc</p>' },
  {
    name: 'pre leading newline survives',
    input: '<pre>\n\ncode</pre>',
    equals: '<pre>\n\ncode</pre>',
  },
  { name: 'block in p', input: '<p>a<div>b</div>c</p>', equals: '<p>a</p><div>b</div>c' },
  {
    name: 'nested links',
    input: '<a href=/1>1<a href=/2>2</a></a>',
    equals:
      '<a href="/1" rel="noopener nofollow ugc">1</a><a href="/2" rel="noopener nofollow ugc">2</a>',
  },
  { name: 'table parts outside a table', input: '<td>x</td><tr><th>y', equals: 'xy' },
  {
    name: 'implied table ends',
    input: '<table><tr><td>a<td>b<tr><td>c</table>',
    equals: '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>',
  },
  {
    name: 'a cell directly in a table gets its row',
    input: '<table><td>a</td><th>b</table>',
    equals: '<table><tr><td>a</td><th>b</th></tr></table>',
  },
  {
    name: 'caption closed by a row',
    input: '<table><caption>c<tr><td>d</table>',
    equals: '<table><caption>c</caption><tr><td>d</td></tr></table>',
  },
  {
    name: 'a table directly in a table ends it',
    input: '<table><em><table><tr><td>x</table></em></table>',
    equals: '<table><em></em></table><table><tr><td>x</td></tr></table>',
  },
  {
    name: 'implied li ends',
    input: '<ul><li>a<li>b</ul>',
    equals: '<ul><li>a</li><li>b</li></ul>',
  },
  { name: 'stray end tags', input: '</div></p></a>x</b>', equals: 'x' },
  { name: 'br end tag', input: 'a</br>b', equals: 'a<br>b' },
  {
    name: 'unknown elements unwrapped',
    input: '<section><custom-el onclick=x>t</custom-el></section>',
    equals: 't',
  },
  { name: 'image element', input: '<image src=x onerror=alert(1)>', equals: '' },
  { name: 'isindex/keygen', input: '<keygen autofocus onfocus=alert(1)>t', equals: 't' },
  { name: 'marquee handler', input: '<marquee onstart=alert(1)>m</marquee>', equals: 'm' },
  {
    name: 'details ontoggle',
    input: '<details open ontoggle=alert(1)><summary>s</summary></details>',
    equals: 's',
  },
  {
    name: 'video poster',
    input: '<video poster=javascript:alert(1)><source onerror=alert(1)></video>t',
    equals: 't',
  },
  { name: 'audio src handler', input: '<audio src=x onerror=alert(1)>t</audio>', equals: 't' },
  {
    name: 'select/option',
    input: '<select><option><img src=x onerror=alert(1)></option></select>t',
    equals: 't',
  },
  { name: 'textarea', input: `<textarea>${HANDLER_IMG}</textarea>t`, equals: 't' },
  {
    name: 'frameset',
    input: '<frameset onload=alert(1)><frame src="javascript:alert(1)"></frameset>t',
    equals: 't',
  },
  { name: 'applet', input: '<applet code="x">t</applet>u', equals: 'u' },
  { name: 'head with title', input: '<head><title>x</title></head><p>y</p>', equals: '<p>y</p>' },
  {
    name: 'xmp text kept as text',
    input: '<xmp><b>bold</b></xmp>',
    equals: '&#60;b&#62;bold&#60;/b&#62;',
  },
  {
    name: 'html/body wrapper',
    input: '<html><body onload=alert(1)><p>x</p></body></html>',
    equals: '<p>x</p>',
  },
  {
    name: 'data URL in img',
    input: '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
    equals: '',
  },
  {
    name: 'protocol-relative URL kept',
    input: '<a href="//news.example/x">x</a>',
    keeps: ['href="//news.example/x"'],
  },
  {
    name: 'mailto and tel kept',
    input: '<a href="mailto:desk@news.example">m</a><a href="tel:+4412">t</a>',
    keeps: ['mailto:', 'tel:'],
  },
  {
    name: 'fullwidth colon is not a scheme',
    input: '<a href="javascript\uff1aalert(1)">x</a>',
    keeps: ['<a'],
  },
  {
    name: 'quote in attribute escaped',
    input: '<a href=\'/x"onmouseover="alert(1)\'>x</a>',
    keeps: ['&#34;onmouseover=&#34;'],
  },
  {
    name: 'title attribute breaking out',
    input: '<abbr title="a&quot; onmouseover=&quot;alert(1)">x</abbr>',
    keeps: ['title="a&#34; onmouseover=&#34;alert(1)"'],
  },
  {
    name: 'deep nesting flattened',
    input: '<div>'.repeat(500) + 'deep' + '</div>'.repeat(500),
    keeps: ['deep'],
  },
]

/** Pieces of markup a fuzzer combines: tags, raw-text wrappers, quotes, references, controls. */
export const MARKUP_PIECES = [
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<a href="',
  '<a href=',
  '</a>',
  'javascript:',
  'java\tscript:',
  '&#0000106;',
  '&#x6A',
  '&colon;',
  '&Tab;',
  '">',
  "'",
  '"',
  ' onerror=',
  ' onclick="alert(1)"',
  '<img src=x',
  '<img',
  '<svg',
  '<svg/',
  '<math>',
  '<style>',
  '</style>',
  '<script>',
  '</script>',
  '<xmp>',
  '</xmp>',
  '<XMP>',
  '<noembed>',
  '</noembed>',
  '<noframes>',
  '<noscript>',
  '</noscript>',
  '<plaintext>',
  '<textarea>',
  '</textarea>',
  '<title>',
  '<iframe>',
  '</iframe>',
  '<template>',
  '<!--',
  '-->',
  '--!>',
  '<!-->',
  '<![CDATA[',
  ']]>',
  '<!doctype html>',
  '<?',
  '</',
  '<',
  '>',
  '/',
  '=',
  '&',
  '&amp;',
  '&lt;',
  ' ',
  '\n',
  '\r',
  '\u0000',
  '\u0001',
  'text',
  '<table>',
  '<td>',
  '<tr>',
  '<li>',
  '<ul>',
  '<pre>',
  '\n\n',
  '<h1>',
  '<br/>',
  '</br>',
  '<b>',
  '</b>',
  'data:',
  'vbscript:',
  ' srcset=',
  ' style="',
  'url(javascript:alert(1))',
  '<base href=',
  '<meta http-equiv=refresh ',
  '<form>',
  '<button formaction=',
  '<input ',
  ' title="',
  ' href=',
  ' src=',
  'A',
  '🙂',
  '\u202e',
  '<i>',
  '</i>',
  '<em>',
  '<strong>',
  '</strong>',
  '<span>',
  '</span>',
  '<h2>',
  '</h2>',
  '<h3>',
  '<dl>',
  '<dt>',
  '<dd>',
  '<ol>',
  '</ol>',
  '</ul>',
  '</li>',
  '<blockquote>',
  '</blockquote>',
  '<figure>',
  '<figcaption>',
  '<thead>',
  '<tbody>',
  '<caption>',
  '<th>',
  '</td>',
  '</tr>',
  '</table>',
  '</h1>',
  '<q cite=',
  '<small>',
  '<code>',
  '<hr>',
  '<section>',
  '<center>',
  '<font>',
  '</font>',
  '<nobr>',
]
/** Every vector, each with the properties its output must satisfy. */
export const VECTORS: Vector[] = [...rawTextWrappers(), ...scriptUrls(), ...handWritten]
