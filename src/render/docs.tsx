/**
 * @module The /docs page: an API reference rendered on the server from the operation list.
 */
import type { Operation } from '../routes/api-spec'

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b}
h1{margin-bottom:.2rem}section{border-top:1px solid #ddd;padding:.6rem 0}
code,pre{font:14px ui-monospace,monospace;background:#f4f4f4}pre{padding:.6rem;overflow-x:auto;white-space:pre-wrap}
.m{display:inline-block;min-width:4.5rem;font-weight:700;text-transform:uppercase}.scope{color:#8a3b00}
nav a{margin-right:.8rem}@media (prefers-color-scheme:dark){body{background:#111;color:#eee}code,pre{background:#222}}`

/** Renders the API reference. `Operation.example` strings are shown as text, never as markup. */
export function ApiDocs(props: { operations: readonly Operation[]; siteName: string }) {
  const tags = [...new Set(props.operations.map((op) => op.tag))]
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Edgewire API reference</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <header>
          <h1>Edgewire API reference</h1>
          <p>
            {props.siteName}. Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are{' '}
            <code>application/problem+json</code> with a stable <code>code</code>.
          </p>
          <nav>{tags.map((tag) => <a href={`#${tag.toLowerCase()}`}>{tag}</a>)}</nav>
        </header>
        <main>
          {tags.map((tag) => (
            <div id={tag.toLowerCase()}>
              <h2>{tag}</h2>
              {props.operations.filter((op) => op.tag === tag).map((op) => (
                <section>
                  <h3>
                    <span class="m">{op.method}</span> <code>{op.path}</code>
                  </h3>
                  <p>
                    {op.summary}
                    {op.scope ? <span class="scope"> — needs scope <code>{op.scope}</code></span> : null}
                  </p>
                  {op.description ? <p>{op.description}</p> : null}
                  <ul>
                    {Object.entries(op.responses).map(([status, text]) => (
                      <li>
                        <code>{status}</code> {text}
                      </li>
                    ))}
                  </ul>
                  {op.example ? <pre>{op.example}</pre> : null}
                </section>
              ))}
            </div>
          ))}
        </main>
      </body>
    </html>
  )
}
