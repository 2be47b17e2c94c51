import { describe, expect, it } from 'vitest'
import { createApp } from '../../../src/app'
import { OPERATIONS } from '../../../src/routes/contract/operations'

describe('the OpenAPI document covers the API', () => {
  it('documents every route the app serves, each with a curl example', () => {
    const documented = OPERATIONS.map((op) => `${op.method.toUpperCase()} ${op.path}`)
    // Bare index prefixes (`/articles`, `/sections`...) only answer 404 pages; they are not
    // endpoints.
    const notEndpoints = new Set(['/articles', '/sections', '/tags', '/authors'])
    const routes = createApp().routes.filter(
      (r) =>
        !['ALL', 'HEAD', 'OPTIONS'].includes(r.method) &&
        !r.path.endsWith('*') &&
        !notEndpoints.has(r.path)
    )
    const missing = [
      ...new Set(
        routes
          .map((r) => {
            // `/feeds/:file` serves documented paths like `/feeds/latest.rss`: match the pattern
            // against the list.
            const pattern = r.path
              .replace(/[.+?^$()|[\]\\]/g, '\\$&')
              .replace(/:\w+(\{[^}]*\})?/g, '[^/]+')
            const re = new RegExp(`^${r.method} ${pattern}$`)
            return documented.some((d) => re.test(d)) ? null : `${r.method} ${r.path}`
          })
          .filter(Boolean)
      ),
    ]
    expect(missing).toEqual([])
    for (const op of OPERATIONS) expect(op.example, `${op.method} ${op.path}`).toBeTruthy()
  })
})
