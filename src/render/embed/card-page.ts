/**
 * @module The iframe card `/embed/articles/{slug}`: one self-contained HTML document (headline,
 * dek, image, byline, link) whose only style and script are inline and allowed by their CSP hashes,
 * so the card needs no other request and runs under `default-src 'none'`. The script posts the
 * card's height to the parent page, where `widget.js` resizes the iframe.
 */
import { escapeHtml } from '../../domain/html'
import { languageDirection } from '../../domain/scripts'
import type { WidgetItem } from '../../domain/widget'
import type { SiteInfo } from '../jsonld'

export const CARD_STYLE = `html{color-scheme:light dark}
body{margin:0;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:transparent}
.card{border:1px solid #d0d0d5;border-radius:10px;overflow:hidden;background:#fff}
img{display:block;width:100%;aspect-ratio:16/9;object-fit:cover;background:#e8e8ec}
.text{padding:12px 16px 14px}
.section{margin:0 0 4px;font-size:12px;font-weight:600;letter-spacing:.04em;text-transform:uppercase;color:#b3261e}
h1{margin:0;font-size:19px;line-height:1.25}
a{color:inherit;text-decoration:none}
a:hover{text-decoration:underline}
a:focus-visible{outline:2px solid #1a5fb4;outline-offset:2px;border-radius:2px}
.dek{margin:6px 0 0;color:#333}
.byline,.site{margin:8px 0 0;font-size:13px;color:#666}
.site a{color:#1a5fb4;font-weight:600}
.missing{padding:14px 16px;color:#666}
@media (prefers-color-scheme:dark){body{color:#eee}.card{background:#1c1c1f;border-color:#3a3a40}.dek{color:#ccc}.byline,.site{color:#aaa}.site a{color:#8ab4f8}}`

// Posts the body's height whenever it changes (the image loading, fonts, a narrower frame).
export const CARD_SCRIPT = `(()=>{if(parent===window)return;const b=document.body,p=()=>parent.postMessage({type:"edgewire:height",height:Math.ceil(b.getBoundingClientRect().height)},"*");new ResizeObserver(p).observe(b);addEventListener("load",p)})()`

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' })

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return btoa(String.fromCharCode(...new Uint8Array(digest)))
}

// The settled hashes, never a shared promise: a promise from another request's context can hang.
let hashes: { style: string; script: string } | null = null

/**
 * The Content-Security-Policy of a card: nothing but its own inline style and script (by hash) and
 * images from anywhere, framed only by `frameAncestors`.
 */
export async function cardPolicy(frameAncestors: readonly string[]): Promise<string> {
  if (!hashes) {
    const [style, script] = await Promise.all([sha256(CARD_STYLE), sha256(CARD_SCRIPT)])
    hashes = { style, script }
  }
  const h = hashes
  return [
    "default-src 'none'",
    `style-src 'sha256-${h.style}'`,
    `script-src 'sha256-${h.script}'`,
    'img-src https: http: data:',
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ')
}

function shell(title: string, language: string, body: string): string {
  return `<!doctype html><html lang="${escapeHtml(language)}" dir="${languageDirection(language)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><meta name="referrer" content="strict-origin-when-cross-origin"><title>${escapeHtml(title)}</title><style>${CARD_STYLE}</style></head><body>${body}<script>${CARD_SCRIPT}</script></body></html>`
}

function dateLabel(iso: string | null): string {
  const ms = iso ? Date.parse(iso) : Number.NaN
  return Number.isNaN(ms)
    ? ''
    : `<time datetime="${new Date(ms).toISOString()}">${DATE.format(ms)}</time>`
}

/**
 * The card of one published story. Links open in a new tab: the card lives in someone else's page.
 *
 * @example
 * const html = renderCardPage(item, 'en', { origin: 'https://news.example', name: 'Edgewire' })
 */
export function renderCardPage(item: WidgetItem, language: string, site: SiteInfo): string {
  const link = (text: string, cls = '') =>
    `<a${cls ? ` class="${cls}"` : ''} href="${escapeHtml(item.url)}" target="_blank" rel="noopener">${text}</a>`
  const byline = [
    item.bylines.length ? `By ${escapeHtml(item.bylines.join(', '))}` : '',
    dateLabel(item.publishedAt),
  ]
    .filter(Boolean)
    .join(' · ')
  const parts = [
    item.image
      ? `<img src="${escapeHtml(item.image.url)}" alt="${escapeHtml(item.image.alt)}" decoding="async">`
      : '',
    '<div class="text">',
    item.section ? `<p class="section">${escapeHtml(item.section.name)}</p>` : '',
    `<h1 id="h">${link(escapeHtml(item.headline))}</h1>`,
    item.dek ? `<p class="dek">${escapeHtml(item.dek)}</p>` : '',
    byline ? `<p class="byline">${byline}</p>` : '',
    `<p class="site">${link(`Read on ${escapeHtml(site.name)} →`)}</p>`,
    '</div>',
  ]
  return shell(
    `${item.headline} · ${site.name}`,
    language,
    `<article class="card" aria-labelledby="h">${parts.join('')}</article>`
  )
}

/**
 * The quiet card for a story that is not (or no longer) published: no echo of the address asked
 * for.
 */
export function renderMissingCardPage(site: SiteInfo): string {
  return shell(
    site.name,
    'en',
    `<div class="card missing"><p>This story is not available.</p></div>`
  )
}
