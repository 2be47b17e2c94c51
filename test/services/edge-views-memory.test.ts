/**
 * @module The isolate's memory copy of a view: kept while its KV put is pending, never kept when a
 * write's flush in this isolate overtook the render (the writing location reads its own write).
 */
import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { serveView, type ViewDeps } from '../../src/services/edge-views'
import { forgetAllViews, memoryView, viewMemoryEpoch } from '../../src/storage/views'
import { uniqueSlug } from '../helpers'

function viewDeps(pending: Promise<unknown>[]): ViewDeps {
  return {
    db: env.DB,
    kv: env.CACHE,
    scope: 'shared',
    waitUntil: (promise) => {
      pending.push(promise)
    },
  }
}

const render = (body: string, during?: () => void) => async () => {
  during?.()
  return { body, type: 'text/html; charset=utf-8', deps: [`s:${body}`] }
}

describe('the memory copy of a view', () => {
  it('is kept after a miss, and stored in KV, when nothing was flushed meanwhile', async () => {
    const pending: Promise<unknown>[] = []
    const key = `test:memory:${uniqueSlug()}`
    const served = await serveView(viewDeps(pending), key, 'article', 'p', render('kept'))
    expect(served.status).toBe('MISS')
    expect(memoryView(key)).toBe(served.entry)
    await Promise.all(pending)
    expect(memoryView(key)).toBe(served.entry)
    expect(await env.CACHE.get(key)).not.toBeNull()
  })

  it('is not kept when a flush in this isolate ran while the view was rendering', async () => {
    const pending: Promise<unknown>[] = []
    const key = `test:memory:${uniqueSlug()}`
    const before = viewMemoryEpoch()
    const served = await serveView(
      viewDeps(pending),
      key,
      'article',
      'p',
      render('old', forgetAllViews)
    )
    expect(viewMemoryEpoch()).toBe(before + 1)
    expect(served.status).toBe('MISS')
    expect(memoryView(key)).toBeNull()
    await Promise.all(pending)
    expect(memoryView(key)).toBeNull()
  })
})
