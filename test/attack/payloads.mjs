/**
 * @module The stored-XSS corpus: every body of issue 11 item 1 and variants written for this suite
 * (raw-text wrappers, entity and control-character obfuscation, data:/vbscript:, SVG/MathML,
 * srcset, formaction, base, meta refresh, style URLs, mutation XSS, unterminated attributes).
 */

const INNERS = ['<svg/onload=alert(document.domain)>', '<img src=x onerror=alert(1)>']
const WRAPPERS = [
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
  'noscript',
  'iframe',
  'textarea',
  'title',
  'style',
  'noscript><noscript',
]

function wrapped() {
  const out = []
  for (const w of WRAPPERS) {
    const close = w
      .split('><')
      .reverse()
      .map((t) => `</${t}>`)
      .join('')
    for (const inner of INNERS) {
      out.push(`<p>b</p><${w}>${inner}${close}`)
      out.push(`<p>b</p><${w.toUpperCase()}>${inner}${close.toUpperCase()}`)
      out.push(`<p>a<${w}>${inner}${close}</p>`)
    }
  }
  return out
}

/** Ways to spell `javascript:alert(1)` that a browser still reads as a script URL. */
export const SCRIPT_URLS = [
  '&#0000000106;avascript:alert(1)',
  '&#x000000006a;avascript:alert(1)',
  'jav&#x000000009;ascript:alert(1)',
  'javascript&#00000058;alert(1)',
  'javascript&#x0000003A;alert(1)',
  '&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)',
  '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A alert(1)',
  '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
  'jav\tascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'java&#x0A;script:alert(1)',
  'java&#13;script:alert(1)',
  'jav&Tab;ascript:alert(1)',
  '&NewLine;javascript:alert(1)',
  'javascript&colon;alert(1)',
  ' &#14; javascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u0000javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'javas&#99;ript:alert(1)',
  'javascript:alert(1)',
  'vbscript:msgbox(1)',
  'VBScript&#58;msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  ' data:text/html,<script>alert(1)</script>',
  'd&#x61;ta:text/html,x',
  'data&colon;text/html,x',
]

function urls() {
  const out = []
  for (const u of SCRIPT_URLS) {
    const q = u.replace(/"/g, '&quot;')
    out.push(`<p><a href="${q}">x</a></p>`)
  }
  out.push(...SCRIPT_URLS.slice(0, 6).map((u) => `<p><img src="${u}"></p>`))
  out.push(
    ...SCRIPT_URLS.slice(0, 4).map((u) => `<p><a href=${u.replace(/[\s>]/g, '')}>unquoted</a></p>`)
  )
  return out
}

const OTHERS = [
  '<p><img src=x onerror=alert(1)></p>',
  '<p><IMG SRC=x ONERROR=alert(1)></p>',
  '<p><img/src=x/onerror=alert(1)></p>',
  '<p><img src="x" onerror ="alert(1)"></p>',
  '<p><img src=x onerror=alert(1)//</p>',
  '<p>x</p><img src=x onerror=alert(1)',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="1" y="1">x</text></a></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><set attributeName=href to=javascript:alert(1)>',
  '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<noembed><noembed><img src=x onerror=alert(1)></noembed></noembed>',
  '<noembed><noembed><noembed><img src=x onerror=alert(2)>',
  '<xmp><xmp><img src=x onerror=alert(3)></xmp></xmp>',
  '<p><img srcset="javascript:alert(1) 1x, x 2x"></p>',
  '<p><img src=x srcset="x 1x, &#0000106;avascript:alert(1) 2x"></p>',
  '<form><button formaction="javascript:alert(1)">go</button></form>',
  '<p><button formaction=javascript:alert(1)>go</button></p>',
  '<p><input type=image src=x onerror=alert(1)></p>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<p style="background:url(javascript:alert(1))">x</p>',
  '<p style="background:url(&#0000106;avascript:alert(1))">x</p>',
  '<div style="width:expression(alert(1))">x</div>',
  '<p style="x:\\65xpression(alert(1))">x</p>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<details open ontoggle=alert(1)><summary>x</summary></details>',
  '<video><source onerror=alert(1)></video>',
  '<p><body onload=alert(1)></p>',
  '<p><input autofocus onfocus=alert(1)></p>',
  '<p><a href="#" onclick="alert(1)">x</a></p>',
  '<p><a href="x" OnMouseOver=alert(1)>x</a></p>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<!--><img src=x onerror=alert(1)>-->',
  '<![CDATA[<img src=x onerror=alert(1)>]]>',
  '<?xml version="1.0"?><img src=x onerror=alert(1)>',
  '</p><img src=x onerror=alert(1)>',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
  '<blockquote cite="javascript:alert(1)">q</blockquote>',
  '<p><a href="x" target="_blank">x</a><a href=" javascript:alert(1) ">y</a></p>',
  '<template><img src=x onerror=alert(1)></template>',
  '<p title="</p><img src=x onerror=alert(1)>">x</p>',
  '<p title="x>swallow</p><p>after</p>',
  "<p title='x>swallow</p><p>after</p>",
  '<p><a href="x>swallow</a></p><p>after</p>',
  '<p class=x title="y',
  '<p>x</p><select><option><img src=x onerror=alert(1)></option></select>',
  '<p>x</p><keygen autofocus onfocus=alert(1)>',
  '<p><a href="\u0000javascript:alert(1)">nul</a></p>',
  '<p><img src=x one\u0000rror=alert(1)></p>',
  '<p><a href="&#x26;#106;avascript:alert(1)">double</a></p>',
  '<plaintext><img src=x onerror=alert(1)>',
  '<p>b</p><XMP><IMG SRC=x ONERROR=alert(1)></XMP>',
  '<p>b</p><NoEmBeD><svg/onload=alert(1)></NoEmBeD>',
]

/** Every payload of the corpus. */
export function xssPayloads() {
  return [...new Set([...wrapped(), ...urls(), ...OTHERS])]
}
