/*! Edgewire widgets: <edgewire-latest>, <edgewire-related>, <edgewire-card>, and auto-height for
 * Edgewire iframe cards. No dependencies, no cookies, no tracking. Served as-is by the Worker. */
(() => {
  'use strict'
  const script = document.currentScript
  // Loaded twice, or as a module (no currentScript): the first copy already did everything.
  if (!script || !script.src || customElements.get('edgewire-card')) return
  const ORIGIN = new URL(script.src).origin
  // Attributes come from someone else's page: only plain slugs are ever put in a request.
  const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
  const slug = (v) => (v && v.length <= 120 && SLUG.test(v) ? v : null)
  const limit = (v) => Math.min(20, Math.max(1, Number.parseInt(v, 10) || 5))
  const CSS = `
:host{display:block;font:var(--edgewire-font,inherit);color:var(--edgewire-color,inherit);contain:content}
:host([hidden]),:host([data-state=empty]){display:none}
*{box-sizing:border-box}
.box{background:var(--edgewire-bg,transparent);border:var(--edgewire-border,1px solid #8884);border-radius:var(--edgewire-radius,8px);padding:var(--edgewire-padding,1rem);overflow:hidden}
h2{font-size:var(--edgewire-heading-size,1.1rem);margin:0 0 .5rem;line-height:1.25}
ol{list-style:none;margin:0;padding:0}
li+li{border-top:1px solid #8883;margin-top:.5rem;padding-top:.5rem}
a{color:var(--edgewire-link,inherit);text-decoration:none}
a:hover{text-decoration:underline}
a:focus-visible{outline:2px solid var(--edgewire-focus,#1a5fb4);outline-offset:2px;border-radius:2px}
p{margin:.25rem 0 0}
[part~=meta],[part~=byline]{color:var(--edgewire-muted,#666);font-size:.85em}
[part~=dek]{font-size:.95em}
[part~=section]{margin:0 0 .25rem;font-size:.75em;font-weight:600;letter-spacing:.05em;text-transform:uppercase;color:var(--edgewire-accent,#b3261e)}
img{display:block;width:calc(100% + 2*var(--edgewire-padding,1rem));max-width:none;aspect-ratio:16/9;object-fit:cover;margin:calc(-1*var(--edgewire-padding,1rem)) calc(-1*var(--edgewire-padding,1rem)) .75rem;background:#8882}
[part~=loading]{min-height:4rem;opacity:.6}`
  let sheet
  const styles = () => {
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS)
    return sheet
  }
  /** An element with a `part` name and text: data only ever goes in through textContent. */
  const el = (tag, part, text) => {
    const e = document.createElement(tag)
    if (part) e.setAttribute('part', part)
    if (text) e.textContent = text
    return e
  }
  const httpUrl = (v) => {
    try {
      const u = new URL(v)
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null
    } catch {
      return null
    }
  }
  const link = (item, part = 'link') => {
    const a = el('a', part, item.headline)
    const href = httpUrl(item.url)
    if (href) a.href = href
    return a
  }
  const date = (iso) => {
    const d = new Date(iso)
    if (!iso || Number.isNaN(d.getTime())) return null
    const t = el('time', 'date', new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(d))
    t.dateTime = d.toISOString()
    return t
  }
  const meta = (item, part) => {
    const p = el('p', part)
    const who = part === 'byline' ? item.bylines.length && `By ${item.bylines.join(', ')}` : item.section?.name
    for (const b of [who, date(item.publishedAt)].filter(Boolean)) p.append(p.childNodes.length ? ' · ' : '', b)
    return p
  }

  const lazy = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue
        lazy.unobserve(e.target)
        e.target.load()
      }
    },
    { rootMargin: '200px' }
  )

  class Widget extends HTMLElement {
    static observedAttributes = ['article', 'section', 'limit', 'heading']
    connectedCallback() {
      if (!this.shadowRoot) this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [styles()]
      this.reset()
    }
    disconnectedCallback() {
      lazy.unobserve(this)
    }
    attributeChangedCallback() {
      if (this.isConnected && this.shadowRoot) this.reset()
    }
    reset() {
      this.dataset.state = 'idle'
      const box = el('div', 'container loading')
      box.className = 'box'
      this.shadowRoot.replaceChildren(box)
      lazy.unobserve(this)
      lazy.observe(this)
    }
    async load() {
      const path = this.path()
      const token = (this.token = {})
      this.dataset.state = 'loading'
      let data = null
      if (path) {
        try {
          const res = await fetch(`${ORIGIN}${path}`, { credentials: 'omit', mode: 'cors' })
          if (res.ok) data = await res.json()
        } catch {
          data = null
        }
      }
      if (token !== this.token) return // the attributes changed while this was loading
      const content = data && this.build(data)
      this.dataset.state = content ? 'ready' : 'empty'
      this.shadowRoot.replaceChildren(...(content ? [content] : []))
    }
    /** A list widget: a titled section with an ordered list of links, or null when empty. */
    list(title, items) {
      if (!Array.isArray(items) || items.length === 0) return null
      const box = el('section', 'container')
      box.className = 'box'
      const h = el('h2', 'heading', this.getAttribute('heading')?.slice(0, 120) || title)
      h.id = 'h'
      box.setAttribute('aria-labelledby', 'h')
      const ol = el('ol', 'list')
      for (const item of items) {
        const li = el('li', 'item')
        li.append(link(item), meta(item, 'meta'))
        ol.append(li)
      }
      box.append(h, ol)
      return box
    }
  }

  customElements.define('edgewire-latest', class extends Widget {
    path() {
      const section = this.getAttribute('section')
      if (section !== null && !slug(section)) return null
      return `/v1/widgets/latest?limit=${limit(this.getAttribute('limit'))}&missing=empty${section ? `&section=${section}` : ''}`
    }
    build(data) {
      return this.list(data.section ? `Latest in ${data.section.name}` : 'Latest stories', data.items)
    }
  })

  customElements.define('edgewire-related', class extends Widget {
    path() {
      const article = slug(this.getAttribute('article'))
      return article && `/v1/widgets/related/${article}?limit=${limit(this.getAttribute('limit'))}&missing=empty`
    }
    build(data) {
      return this.list('Related stories', data.items)
    }
  })

  customElements.define('edgewire-card', class extends Widget {
    path() {
      const article = slug(this.getAttribute('article'))
      return article && `/v1/widgets/articles/${article}?missing=empty`
    }
    build(data) {
      const item = data.item
      if (!item) return null
      const box = el('article', 'container card')
      box.className = 'box'
      const image = item.image && httpUrl(item.image.url)
      if (image) {
        const img = el('img', 'image')
        img.alt = ''
        img.loading = 'lazy'
        img.decoding = 'async'
        img.src = image
        box.append(img)
      }
      if (item.section) box.append(el('p', 'section', item.section.name))
      const h = el('h2', 'heading')
      h.id = 'h'
      box.setAttribute('aria-labelledby', 'h')
      h.append(link(item))
      box.append(h)
      if (item.dek) {
        box.append(el('p', 'dek', item.dek))
      }
      box.append(meta(item, 'byline'))
      return box
    }
  })

  // Edgewire iframe cards post their height; only messages from the Edgewire origin, about one of
  // this page's own iframes, may resize anything.
  addEventListener('message', (event) => {
    const data = event.data
    if (event.origin !== ORIGIN || !data || data.type !== 'edgewire:height') return
    const height = Math.round(Number(data.height))
    if (!Number.isFinite(height)) return
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue
      frame.style.height = `${Math.min(Math.max(height, 40), 4000)}px`
      frame.style.maxWidth = '100%'
      frame.style.border = '0'
    }
  })
})()
