import { describe, expect, it } from 'vitest'
import {
  PROBLEM_DESCRIPTION,
  PROBLEM_STATUS,
  PROBLEM_TITLE,
  type ProblemCode,
} from '../../../src/domain/errors'
import { BASE, call, expectProblem } from '../../helpers'

describe('problem types resolve to pages the Worker serves', () => {
  it('gives every problem a type path whose page explains the code', async () => {
    const problem = await expectProblem(
      await call('GET', '/v1/articles/no-such-story-anywhere'),
      404,
      'not_found'
    )
    expect(problem.type).toBe('/problems/not-found')
    // A relative reference: it resolves against the request's own origin.
    const page = await call('GET', new URL(problem.type, BASE).pathname, { key: null })
    expect(page.status, await page.clone().text()).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    const html = await page.text()
    expect(html).toContain(PROBLEM_TITLE.not_found)
    expect(html).toContain('404')
  })

  it('serves a page for every code, and an index linking them all', async () => {
    const index = await call('GET', '/problems', { key: null })
    expect(index.status, await index.clone().text()).toBe(200)
    const list = await index.text()
    for (const code of Object.keys(PROBLEM_STATUS) as ProblemCode[]) {
      const path = `/problems/${code.replace(/_/g, '-')}`
      expect(list, code).toContain(`${path}"`)
      const res = await call('GET', path, { key: null })
      expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200)
      const html = await res.text()
      expect(html).toContain(`<code>${code}</code>`)
      // the description is there as text (its first words contain nothing to escape)
      expect(html).toContain(PROBLEM_DESCRIPTION[code].split(/[`'<>&"]/)[0]!.slice(0, 20))
    }
  })

  it('answers 404 (a problem) for a type it does not know, and never echoes markup', async () => {
    const problem = await expectProblem(
      await call('GET', '/problems/%3Cscript%3E', { key: null }),
      404,
      'not_found'
    )
    expect(problem.detail).not.toContain('<script>')
    await expectProblem(await call('GET', '/problems/constructor', { key: null }), 404, 'not_found')
  })
})
