/**
 * @module Item 4, batch import: a write-only key must not overwrite published or scheduled stories,
 * change their status, or blindly overwrite drafts it cannot read. Every attempt leaves the
 * stories' status, revision and body unchanged.
 */
import { expectStatus, uid } from '../lib.mjs'
import { fingerprint, readStory, seedStatuses } from '../support.mjs'

const item = (slug, extra = {}) => ({
  slug,
  headline: 'Overwritten by a batch',
  body: '<p>gone</p>',
  ...extra,
})

export async function run(m) {
  const s = await seedStatuses(m, uid('batch'))
  const before = {}
  for (const [k, a] of Object.entries(s)) before[k] = fingerprint(await readStory(m, a.slug))
  const attempt = async (property, articles, allowed, key = 'write') => {
    const body = { articles }
    const res = await m.req('POST', '/v1/articles/batch', { key, body })
    expectStatus(m, property, res, allowed, m.repro('POST', '/v1/articles/batch', { key, body }))
    return res
  }
  const rev = (a) => a.revision
  // Published and scheduled stories: a status change needs articles:publish; an update needs
  // ifRevision.
  for (const which of ['published', 'scheduled']) {
    const a = s[which]
    // A scheduled story is hidden from a key without articles:read-drafts: 404 is as right as 403
    // there.
    const hidden = which === 'scheduled' ? [404, 409, 412] : []
    await attempt(
      `batch with write-only key cannot turn a ${which} story into a draft (403/428)`,
      [item(a.slug, { status: 'draft' })],
      [403, 428, ...hidden]
    )
    await attempt(
      `batch with write-only key cannot overwrite a ${which} story without ifRevision (403/428)`,
      [item(a.slug)],
      [403, 428, ...hidden]
    )
    await attempt(
      `batch status change of a ${which} story needs articles:publish even with ifRevision (403)`,
      [item(a.slug, { status: 'draft', ifRevision: rev(a) })],
      [403, ...hidden]
    )
    await attempt(
      `batch with a stale ifRevision on a ${which} story is refused (409/412)`,
      [
        item(a.slug, {
          status: a.status,
          ifRevision: rev(a) + 1,
          ...(which === 'scheduled' ? { publishAt: '2035-01-01T08:00:00Z' } : {}),
        }),
      ],
      [403, 409, 412, ...hidden]
    )
    await attempt(
      `batch with write+publish but no ifRevision cannot overwrite a ${which} story (428)`,
      [
        item(a.slug, {
          status: a.status,
          ...(which === 'scheduled' ? { publishAt: '2035-01-01T08:00:00Z' } : {}),
        }),
      ],
      [428],
      'editor'
    )
  }
  // A hidden draft: the write-only key cannot read it, so it cannot overwrite it, and it must look
  // missing.
  const d = s.draft
  await attempt(
    'batch with write-only key cannot overwrite a hidden draft without ifRevision',
    [item(d.slug)],
    [403, 404, 409, 428]
  )
  const hidden = await attempt(
    'batch with ifRevision on a hidden draft is refused like a missing story (404/412)',
    [item(d.slug, { ifRevision: rev(d) })],
    [404, 412]
  )
  const missingSlug = uid('missing-')
  const missing = await attempt(
    'batch with ifRevision on a missing slug is refused (404/412)',
    [item(missingSlug, { ifRevision: 1 })],
    [404, 412]
  )
  m.check(
    'a hidden draft answers like a missing story in a batch (status and code)',
    hidden.status === missing.status && hidden.json()?.code === missing.json()?.code,
    `POST /v1/articles/batch {"articles":[{"slug":"${d.slug}","ifRevision":${rev(d)},…}]} → ${hidden.status} ${hidden.json()?.code}; same with "${missingSlug}" → ${missing.status} ${missing.json()?.code}`
  )
  // Mixed batch: one harmless new draft and one overwrite: all or nothing.
  const fresh = uid('batch-new-')
  await attempt(
    'a batch mixing a new draft and an unauthorized overwrite writes nothing (403/428)',
    [item(fresh, { status: 'draft' }), item(s.published.slug, { status: 'draft' })],
    [403, 428]
  )
  const created = await m.req('GET', `/v1/articles/${fresh}`, { key: 'admin' })
  m.integrity(
    'a refused batch writes none of its items',
    created.status === 404,
    `GET /v1/articles/${fresh} after the refused batch → ${created.status}`
  )
  // Archived stories stay archived.
  await attempt(
    'batch cannot revive an archived story',
    [item(s.archived.slug, { status: 'draft' })],
    [403, 404, 409, 428]
  )
  // Positive control: a correct per-item ifRevision with articles:publish updates the story.
  const control = await readStory(m, s.published.slug)
  const ok = await attempt(
    'batch with write+publish and the current ifRevision updates a published story (200)',
    [
      item(control.slug, {
        status: 'published',
        headline: 'Harbour notes, updated by import',
        ifRevision: control.revision,
      }),
    ],
    [200],
    'editor'
  )
  if (ok.status === 200) before.published = fingerprint(await readStory(m, s.published.slug))
  for (const [k, a] of Object.entries(s)) {
    const now = fingerprint(await readStory(m, a.slug))
    m.integrity(
      `the ${k} story's status, revision and body are unchanged by refused batches`,
      now === before[k],
      `GET /v1/articles/${a.slug}: ${before[k].slice(0, 80)} → ${now.slice(0, 80)}`
    )
  }
}
