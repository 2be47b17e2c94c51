/**
 * @module Item 6: sections, tags and bylines used only by drafts or scheduled stories are not
 * listed, their pages and feeds are 404, counts leave drafts out, and editing a hidden draft moves
 * no public validator (ETag, Last-Modified) of feeds, pages or widgets.
 */
import { uid } from '../lib.mjs'
import { createStory } from '../support.mjs'

export async function run(m) {
  const t = uid('').slice(-8)
  const secret = {
    section: `Embargo Desk ${t}`,
    tag: `Merger Talks ${t}`,
    byline: `Hidden Writer ${t}`,
  }
  const slugOf = (name) => name.toLowerCase().replace(/\s+/g, '-')
  const draft = await createStory(m, {
    status: 'draft',
    section: secret.section,
    tags: [secret.tag],
    bylines: [secret.byline],
  })
  await createStory(m, {
    status: 'scheduled',
    publishAt: '2035-06-01T08:00:00Z',
    section: `${secret.section} Two`,
    tags: [`${secret.tag} Two`],
    bylines: [`${secret.byline} Two`],
  })
  // A public section that also holds a draft: its count must leave the draft out.
  const pub = `Open Desk ${t}`
  await createStory(m, {
    status: 'published',
    section: pub,
    tags: [pub],
    bylines: [`Open Writer ${t}`],
  })
  const mixedDraft = await createStory(m, {
    status: 'draft',
    section: pub,
    tags: [pub],
    bylines: [`Open Writer ${t}`],
  })
  for (const key of ['anon', 'write', 'publish', 'revoked']) {
    for (const [kind, names] of [
      ['sections', [secret.section, `${secret.section} Two`]],
      ['tags', [secret.tag, `${secret.tag} Two`]],
      ['authors', [secret.byline, `${secret.byline} Two`]],
    ]) {
      const res = await m.req('GET', `/v1/${kind}`, { key })
      const listed = JSON.stringify(res.json() ?? {})
      for (const name of names) {
        m.check(
          `/v1/${kind} does not list terms used only by hidden stories`,
          !listed.includes(slugOf(name)),
          `GET /v1/${kind} as ${key} lists "${name}"`
        )
      }
      const term = (res.json()?.[kind] ?? []).find(
        (x) => x.slug === slugOf(pub) || x.slug === slugOf(`Open Writer ${t}`)
      )
      if (term)
        m.check(
          `/v1/${kind} counts published stories only`,
          term.articleCount === 1,
          `GET /v1/${kind} as ${key}: "${term.slug}" articleCount ${term.articleCount} (1 published + 1 draft)`
        )
    }
  }
  const paths = []
  for (const [kind, name] of [
    ['sections', secret.section],
    ['tags', secret.tag],
    ['authors', secret.byline],
    ['sections', `${secret.section} Two`],
    ['tags', `${secret.tag} Two`],
    ['authors', `${secret.byline} Two`],
  ]) {
    paths.push(
      `/${kind}/${slugOf(name)}`,
      `/feeds/${kind}/${slugOf(name)}.rss`,
      `/feeds/${kind}/${slugOf(name)}.atom`,
      `/feeds/${kind}/${slugOf(name)}.json`
    )
  }
  for (const path of paths) {
    const res = await m.req('GET', path)
    m.check(
      'pages and feeds of terms used only by hidden stories are 404',
      res.status === 404,
      `GET ${path} → ${res.status}`
    )
  }
  const opml = await m.req('GET', '/feeds.opml')
  m.check(
    'OPML does not list hidden terms',
    !opml.text.includes(slugOf(secret.section)) && !opml.text.includes(slugOf(secret.tag)),
    'GET /feeds.opml lists a hidden section or tag'
  )
  // Validators: editing a hidden draft moves nothing public.
  const watched = [
    '/feeds/latest.rss',
    '/feeds/latest.atom',
    '/feeds/latest.json',
    `/feeds/sections/${slugOf(pub)}.rss`,
    `/feeds/tags/${slugOf(pub)}.json`,
    `/feeds/authors/${slugOf(`Open Writer ${t}`)}.atom`,
    '/',
    `/sections/${slugOf(pub)}`,
    `/tags/${slugOf(pub)}`,
    '/v1/widgets/latest',
    '/sitemap.xml',
    '/feeds.opml',
  ]
  const snapshot = async () =>
    Object.fromEntries(
      await Promise.all(
        watched.map(async (p) => {
          const r = await m.req('GET', p)
          return [p, `${r.headers.etag ?? ''}|${r.headers['last-modified'] ?? ''}`]
        })
      )
    )
  const before = await snapshot()
  let d = draft
  let md = mixedDraft
  for (let i = 0; i < 2; i++) {
    const r1 = await m.req('PATCH', `/v1/articles/${d.slug}`, {
      key: 'editor',
      body: { dek: `Hidden edit ${i}`, tags: [secret.tag, `Extra ${t}`] },
      headers: { 'if-match': d.etag },
    })
    if (r1.status === 200) d = { ...d, etag: r1.headers.etag }
    const r2 = await m.req('PATCH', `/v1/articles/${md.slug}`, {
      key: 'editor',
      body: { dek: `Hidden edit ${i}` },
      headers: { 'if-match': md.etag },
    })
    if (r2.status === 200) md = { ...md, etag: r2.headers.etag }
  }
  await new Promise((r) => setTimeout(r, 1200)) // past the widgets' one-second version reuse
  const after = await snapshot()
  for (const p of watched) {
    m.check(
      'editing a hidden draft moves no public ETag or Last-Modified',
      before[p] === after[p],
      `PATCH a draft in section ${slugOf(pub)}; GET ${p}: ${before[p]} → ${after[p]}`
    )
  }
}
