/**
 * @module The /docs page: an API reference rendered on the server from the OpenAPI document
 * (parameters, schemas, responses, curl examples with the request's origin), with a small inline
 * try-it-out script that sends each operation's form to the API and shows the answer.
 */
import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'

type Json = Record<string, unknown>
interface Parameter {
  name: string
  in: string
  required?: boolean
  description?: string
  schema?: Json
  $ref?: string
}
interface ResponseDoc {
  description: string
  content?: Record<string, { schema?: Json }>
  headers?: Json
}
interface OperationDoc {
  summary: string
  description?: string
  operationId: string
  tags: string[]
  parameters: Parameter[]
  responses: Record<string, ResponseDoc>
  requestBody?: { content: Record<string, { schema?: Json }> }
  'x-required-scope'?: string
  'x-codeSamples'?: { source: string }[]
}
/** The parts of an OpenAPI document the page reads. */
export interface OpenApiDoc {
  servers: { url: string }[]
  paths: Record<string, Record<string, OperationDoc>>
  components: { parameters: Record<string, Parameter>; schemas: Record<string, Json> }
}

export const DOCS_STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fff }
header { padding: 1rem 1.5rem; border-bottom: 1px solid #ddd }
h1 { margin: 0 0 .3rem }
.wrap { display: grid; grid-template-columns: 14rem minmax(0, 1fr); gap: 1.5rem; padding: 0 1.5rem }
nav { position: sticky;top: 0;align-self: start;max-height: 100vh;overflow: auto;padding: 1rem 0 }
nav { font-size: .9rem }
nav a { display: block; color: #0b4f8a; text-decoration: none; padding: 1px 0 }
nav h4 { margin: .8rem 0 .2rem }
main { min-width: 0; padding-bottom: 4rem }
section.op { border: 1px solid #ddd; border-radius: 8px; padding: .8rem 1rem; margin: 1rem 0 }
h3 { margin: 0;font-size: 1.05rem;display: flex;gap: .6rem;align-items: baseline;flex-wrap: wrap }
.m { font-weight: 700;text-transform: uppercase;font-size: .8rem;padding: 2px 6px;border-radius: 4px }
.m { color: #fff; background: #555 }
.m.get { background: #1f6f43 } .m.post { background: #0b4f8a } .m.patch { background: #8a5a00 }
.m.put { background: #6a3d9a } .m.delete { background: #a12a2a }
.scope { color: #8a3b00; font-size: .9rem }
code, pre, input, textarea { font: 13px ui-monospace, monospace }
code { background: #f2f2f2; padding: 0 3px; border-radius: 3px }
pre { background: #f4f4f4;padding: .6rem;overflow-x: auto;white-space: pre-wrap;margin: .4rem 0 }
pre { word-break: break-word }
table { border-collapse: collapse; width: 100%; font-size: .9rem }
td, th { border-top: 1px solid #eee; padding: 4px 6px; text-align: left; vertical-align: top }
.try-it > summary { cursor: pointer; font-weight: 600; margin-top: .5rem }
.try { background: #f8fafc;border: 1px solid #dde5ee;border-radius: 6px;padding: .6rem;margin-top: .6rem }
.try label { display: grid;grid-template-columns: 11rem minmax(0, 1fr);gap: .5rem;margin: .25rem 0 }
.try input, .try textarea { width: 100%; box-sizing: border-box; padding: 3px }
.try textarea { min-height: 5rem }
button { font: inherit; padding: 3px 12px; cursor: pointer }
output { display: block } .status { font-weight: 700 }
.key { display: flex;gap: .5rem;align-items: center;margin-top: .5rem } .key input { width: 22rem }
@media (max-width: 50rem) {
  .wrap { grid-template-columns: 1fr } nav { position: static; max-height: none }
}
`

// Sends one operation's form: path and query parameters, headers, the page's key, a body.
export const DOCS_SCRIPT = `
(() => {
  const key = document.getElementById('api-key')
  function request(form) {
    let path = form.dataset.path
    const query = new URLSearchParams()
    const headers = new Headers()
    for (const field of form.querySelectorAll('[data-in]')) {
      const value = field.value.trim()
      if (!value) continue
      const where = field.dataset.in
      if (where === 'path') path = path.replace('{' + field.name + '}', encodeURIComponent(value))
      else if (where === 'query') query.append(field.name, value)
      else if (where === 'header') headers.set(field.name, value)
    }
    if (key && key.value.trim()) headers.set('authorization', 'Bearer ' + key.value.trim())
    const init = { method: form.dataset.method.toUpperCase(), headers }
    const body = form.querySelector('textarea[name=body]')
    if (body && body.value.trim()) {
      init.body = body.value
      headers.set('content-type', form.dataset.type || 'application/json')
    }
    return { url: path + (query.size ? '?' + query : ''), init }
  }
  function show(out, res, label, text) {
    let shown = text
    try { shown = JSON.stringify(JSON.parse(text), null, 2) } catch {}
    const headers = [...res.headers].map(([name, value]) => name + ': ' + value).join('\\n')
    const status = document.createElement('div')
    status.className = 'status'
    status.dataset.status = res.status
    status.textContent = res.status + ' ' + res.statusText + '  ' + label
    const pre = document.createElement('pre')
    pre.textContent = headers + '\\n\\n' + shown.slice(0, 20000)
    out.replaceChildren(status, pre)
  }
  document.addEventListener('submit', async (event) => {
    const form = event.target
    if (!form.matches('form.try')) return
    event.preventDefault()
    const out = form.querySelector('output')
    const { url, init } = request(form)
    const label = init.method + ' ' + url
    out.textContent = 'Sending ' + label + ' …'
    try {
      const res = await fetch(url, init)
      show(out, res, label, await res.text())
    } catch (err) {
      out.textContent = 'Failed: ' + err
    }
  })
})()
`

/** `code` spans for Markdown backticks: the descriptions are written with them. */
function prose(text: string): Child[] {
  return text.split(/`([^`]+)`/).map((part, i) => (i % 2 ? <code>{part}</code> : part))
}

function typeOf(schema: Json | undefined): string {
  if (!schema) return ''
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').pop()!
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(' | ')
  if (schema.type === 'array') return `${typeOf(schema.items as Json)}[]`
  const bounds = [
    schema.minimum !== undefined ? `≥ ${schema.minimum}` : '',
    schema.maximum !== undefined ? `≤ ${schema.maximum}` : '',
  ]
    .filter(Boolean)
    .join(', ')
  const fallback = schema.default !== undefined ? `, default ${JSON.stringify(schema.default)}` : ''
  return `${String(schema.type ?? 'any')}${bounds ? ` (${bounds})` : ''}${fallback}`
}

function resolve(doc: OpenApiDoc, p: Parameter): Parameter {
  return p.$ref ? doc.components.parameters[p.$ref.split('/').pop()!]! : p
}

function Operation(props: { doc: OpenApiDoc; method: string; path: string; op: OperationDoc }) {
  const { doc, method, path, op } = props
  const params = op.parameters.map((p) => resolve(doc, p))
  const json = op.requestBody?.content['application/json']
  const bodyType = json ? 'application/json' : Object.keys(op.requestBody?.content ?? {})[0]
  const scope = op['x-required-scope']
  // Reads without path parameters open ready to send; the others open on demand.
  const openForm = method === 'get' && params.every((p) => p.in !== 'path')
  return (
    <section class="op" id={op.operationId}>
      <h3>
        <span class={`m ${method}`}>{method}</span> <code>{path}</code>{' '}
        <span>{prose(op.summary)}</span>
      </h3>
      {scope ? (
        <p class="scope">
          Needs a key with the <code>{scope}</code> scope.
        </p>
      ) : null}
      {op.description ? <p>{prose(op.description)}</p> : null}
      {params.length ? (
        <table>
          <tr>
            <th>Parameter</th>
            <th>In</th>
            <th>Type</th>
            <th>About</th>
          </tr>
          {params.map((p) => (
            <tr>
              <td>
                <code>{p.name}</code>
                {p.required ? ' *' : ''}
              </td>
              <td>{p.in}</td>
              <td>{typeOf(p.schema)}</td>
              <td>{prose(p.description ?? String(p.schema?.description ?? ''))}</td>
            </tr>
          ))}
        </table>
      ) : null}
      {json?.schema ? (
        <details>
          <summary>Request body (JSON)</summary>
          <pre>{JSON.stringify(json.schema, null, 2)}</pre>
        </details>
      ) : null}
      <table>
        <tr>
          <th>Status</th>
          <th>Meaning</th>
          <th>Body</th>
        </tr>
        {Object.entries(op.responses).map(([status, r]) => (
          <tr>
            <td>
              <code>{status}</code>
            </td>
            <td>{prose(r.description)}</td>
            <td>
              {Object.entries(r.content ?? {}).map(([type, c]) => (
                <div>
                  <code>{type}</code>{' '}
                  {c.schema?.$ref ? (
                    <a href={`#schema-${typeOf(c.schema)}`}>{typeOf(c.schema)}</a>
                  ) : (
                    typeOf(c.schema)
                  )}
                </div>
              ))}
            </td>
          </tr>
        ))}
      </table>
      {op['x-codeSamples']?.map((s) => (
        <pre>{s.source}</pre>
      ))}
      <details class="try-it" open={openForm ? true : undefined}>
        <summary>Try it</summary>
        <form class="try" data-method={method} data-path={path} data-type={bodyType}>
          {params.map((p) => (
            <label>
              <span>
                <code>{p.name}</code> ({p.in})
              </span>
              <input
                name={p.name}
                data-in={p.in}
                placeholder={typeOf(p.schema)}
                required={p.in === 'path'}
              />
            </label>
          ))}
          {bodyType ? (
            <label>
              <span>Body ({bodyType})</span>
              <textarea name="body">{json ? '{\n  \n}' : ''}</textarea>
            </label>
          ) : null}
          <button type="submit">Send</button>
          <output />
        </form>
      </details>
    </section>
  )
}

/** Renders the API reference for the document built for the request's origin. */
export function ApiDocs(props: { doc: OpenApiDoc; siteName: string }) {
  const { doc } = props
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op }))
  )
  const tags = [...new Set(ops.map((o) => o.op.tags[0] ?? 'Other'))]
  const origin = doc.servers[0]?.url ?? ''
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Edgewire API reference</title>
        <style>{raw(DOCS_STYLE)}</style>
      </head>
      <body>
        <header>
          <h1>Edgewire API reference</h1>
          <p>
            {props.siteName} at <code>{origin}</code>. Machine-readable:{' '}
            <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are{' '}
            <code>application/problem+json</code> with a stable <code>code</code>; each{' '}
            <code>type</code> is a page under <a href="/problems">/problems</a>.
          </p>
          <div class="key">
            <label for="api-key">
              API key for “Try it” (sent as <code>Authorization: Bearer …</code>):
            </label>
            <input id="api-key" type="password" autocomplete="off" />
          </div>
        </header>
        <div class="wrap">
          <nav>
            {tags.map((tag) => (
              <div>
                <h4>{tag}</h4>
                {ops
                  .filter((o) => (o.op.tags[0] ?? 'Other') === tag)
                  .map((o) => (
                    <a href={`#${o.op.operationId}`}>
                      {o.method.toUpperCase()} {o.path}
                    </a>
                  ))}
              </div>
            ))}
            <h4>Schemas</h4>
            {Object.keys(doc.components.schemas).map((n) => (
              <a href={`#schema-${n}`}>{n}</a>
            ))}
          </nav>
          <main>
            {tags.map((tag) => (
              <div id={`tag-${tag.toLowerCase()}`}>
                <h2>{tag}</h2>
                {ops
                  .filter((o) => (o.op.tags[0] ?? 'Other') === tag)
                  .map((o) => (
                    <Operation doc={doc} method={o.method} path={o.path} op={o.op} />
                  ))}
              </div>
            ))}
            <h2>Schemas</h2>
            {Object.entries(doc.components.schemas).map(([name, schema]) => (
              <section class="op" id={`schema-${name}`}>
                <h3>{name}</h3>
                <pre>{JSON.stringify(schema, null, 2)}</pre>
              </section>
            ))}
          </main>
        </div>
        <script>{raw(DOCS_SCRIPT)}</script>
      </body>
    </html>
  )
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return btoa(String.fromCharCode(...new Uint8Array(digest)))
}

// The settled hashes, never a shared promise: a promise from another request's context can hang.
let hashes: { style: string; script: string } | null = null

/** The page's CSP: its own inline style and script by hash, requests only to the API itself. */
export async function docsPolicy(apiOrigin: string): Promise<string> {
  hashes ??= { style: await sha256(DOCS_STYLE), script: await sha256(DOCS_SCRIPT) }
  return [
    "default-src 'none'",
    `style-src 'sha256-${hashes.style}'`,
    `script-src 'sha256-${hashes.script}'`,
    `connect-src 'self' ${apiOrigin}`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
}
