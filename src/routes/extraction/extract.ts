/**
 * @module POST /v1/extract: raw copy or a web page in, structured article data out. Stateless, open
 * to anonymous callers, rate-limited per client (app.ts), bodies up to 2 MiB.
 */
import { Hono, type Context } from 'hono'
import * as v from 'valibot'
import { ApiError } from '../../domain/errors'
import type { AppEnv } from '../../env'
import { runExtraction, type ExtractInput } from '../../services/extraction'
import { parseWith, readText, requireMediaType } from '../http/validate'

export const extract = new Hono<AppEnv>()

/** Largest body /v1/extract takes (app.ts applies it to this route instead of the 1 MiB default). */
export const EXTRACT_MAX_BODY_BYTES = 2 * 1024 * 1024

const CONFIDENCE_MESSAGE = 'a number from 0 to 1'

/** `?minConfidence=0.9`: keep only quotes whose speaker is at least this likely to be right. */
export const MinConfidenceQuerySchema = v.object({
  minConfidence: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^(?:0(?:\.\d{1,4})?|1(?:\.0{1,4})?|\.\d{1,4})$/, CONFIDENCE_MESSAGE),
      v.transform(Number)
    )
  ),
})

/** A declared language (`fr`, `pt-BR`): it wins over the page's own and over detection. */
const LanguageTag = v.pipe(
  v.string(),
  v.regex(/^[a-zA-Z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag')
)

export const ExtractJsonSchema = v.pipe(
  v.strictObject({
    text: v.optional(v.string()),
    html: v.optional(v.string()),
    url: v.optional(v.pipe(v.string(), v.maxLength(2048), v.url('an absolute URL'))),
    minConfidence: v.optional(
      v.pipe(
        v.number(CONFIDENCE_MESSAGE),
        v.minValue(0, CONFIDENCE_MESSAGE),
        v.maxValue(1, CONFIDENCE_MESSAGE)
      )
    ),
    lang: v.optional(LanguageTag),
  }),
  v.check(
    (body) => (body.text === undefined) !== (body.html === undefined),
    'send exactly one of "text" or "html"'
  )
)

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
  const query = parseWith(MinConfidenceQuerySchema, c.req.query(), 'query')
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
    input.lang = body.lang
  } else {
    const lang = c.req.query('lang')
    input = {
      html: type === 'text/html',
      content: raw,
      url: c.req.query('url'),
      minConfidence: query.minConfidence,
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

extract.post('/', async (c) => {
  const extraction = runExtraction(await readExtractInput(c))
  c.header('cache-control', 'no-store')
  return c.json({ extraction })
})
