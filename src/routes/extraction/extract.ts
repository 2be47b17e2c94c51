/**
 * @module POST /v1/extract: raw copy or a web page in, structured article data out. Stateless, open
 * to anonymous callers, rate-limited per client (app.ts), bodies up to 2 MiB.
 */
import { Hono, type Context } from 'hono'
import { ApiError } from '../../domain/errors'
import type { AppEnv } from '../../env'
import { runExtraction, type ExtractInput } from '../../services/extraction'
import { defineRoute } from '../contract/define-route'
import { parseWith, readText, requireMediaType } from '../http/validate'
import { EXTRACT, ExtractJsonSchema, ExtractQuerySchema, LanguageTag } from './spec'

export { ExtractJsonSchema, MinConfidenceQuerySchema } from './spec'

export const extract = new Hono<AppEnv>()

/** Largest body /v1/extract takes (app.ts applies it to this route instead of the 1 MiB default). */
export const EXTRACT_MAX_BODY_BYTES = 2 * 1024 * 1024

/** Text that decodes as UTF-8 but is binary data (NULs, many control characters) is refused. */
export function rejectBinary(text: string): void {
  const sample = text.slice(0, 65536)
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if (code === 0) control += sample.length
    else if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) control++
  }
  if (control > sample.length * 0.01) {
    throw new ApiError(
      'unsupported_media_type',
      'The body looks like binary data, not text: send UTF-8 text or HTML.'
    )
  }
}

/** Reads any accepted body into text or HTML, refusing empty, binary and malformed input. */
export async function readExtractInput(c: Context<AppEnv>): Promise<ExtractInput> {
  const type = requireMediaType(c, ['text/plain', 'text/html', 'application/json'])
  const query = parseWith(ExtractQuerySchema, c.req.query(), 'query')
  const raw = await readText(c)
  let input: ExtractInput
  if (type === 'application/json') {
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (err) {
      throw new ApiError(
        'invalid_json',
        `The body is not valid JSON: ${(err as Error).message.slice(0, 200)}`
      )
    }
    const body = parseWith(ExtractJsonSchema, value, 'body')
    input =
      body.html !== undefined
        ? { html: true, content: body.html, url: body.url }
        : { html: false, content: body.text ?? '' }
    input.minConfidence = body.minConfidence ?? query.minConfidence
    input.interrupted = body.interrupted ?? query.interrupted
    input.lang = body.lang
  } else {
    const lang = c.req.query('lang')
    input = {
      html: type === 'text/html',
      content: raw,
      url: c.req.query('url'),
      minConfidence: query.minConfidence,
      interrupted: query.interrupted,
    }
    if (lang !== undefined) input.lang = parseWith(LanguageTag, lang, 'lang')
  }
  if (input.content.trim() === '') {
    throw new ApiError(
      'bad_request',
      'The body is empty: send the copy or the page to extract from.',
      { errors: [{ path: '(body)', message: 'must not be empty' }] }
    )
  }
  rejectBinary(input.content)
  return input
}

// The query is read leniently: `url` and `lang` go with text bodies (readExtractInput reads them).
defineRoute(
  extract,
  EXTRACT,
  async (c) => {
    const extraction = runExtraction(await readExtractInput(c))
    c.header('cache-control', 'no-store')
    return c.json({ extraction })
  },
  { mount: '/v1/extract', lenientQuery: true }
)
