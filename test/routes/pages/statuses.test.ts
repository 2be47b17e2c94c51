/**
 * @module Index-page answers no other test in this folder produced: a forged cursor (400) and a
 * client that takes no HTML (406) on section, tag and author pages; a browser gets the HTML error
 * page, an API client the problem document.
 */
import { describe, expect, it } from 'vitest'
import { call, createArticle, expectProblem, uniqueSlug } from '../../helpers'

async function termPages(): Promise<string[]> {
  const id = uniqueSlug('sp')
  await createArticle({ section: `Desk ${id}`, tags: [`Tag ${id}`], bylines: [`Writer ${id}`] })
  return [`/sections/desk-${id}`, `/tags/tag-${id}`, `/authors/writer-${id}`]
}

describe('section, tag and author pages', () => {
  it('answer a forged cursor with 400: an HTML page for browsers, a problem for API clients', async () => {
    for (const path of await termPages()) {
      const html = await call('GET', `${path}?cursor=not-a-cursor`, {
        key: null,
        headers: { accept: 'text/html' },
      })
      const text = await html.text()
      expect(html.status, text.slice(0, 300)).toBe(400)
      expect(html.headers.get('content-type')).toMatch(/^text\/html/)
      expect(html.headers.get('cache-control')).toBe('no-store')
      expect(text).toContain('That page link is not valid')
      const problem = await expectProblem(
        await call('GET', `${path}?cursor=not-a-cursor`, {
          key: null,
          headers: { accept: 'application/json' },
        }),
        400,
        'bad_request'
      )
      expect(problem.detail).toMatch(/page link/)
    }
  })

  it('are 406 for a client that takes no HTML, and 404 first when the term is unknown', async () => {
    for (const path of await termPages()) {
      const problem = await expectProblem(
        await call('GET', path, { key: null, headers: { accept: 'application/json' } }),
        406,
        'not_acceptable'
      )
      expect(problem.detail).toContain('/v1/articles')
      await expectProblem(
        await call('GET', `${path}-nobody`, { key: null, headers: { accept: 'application/json' } }),
        404,
        'not_found'
      )
    }
  })
})
