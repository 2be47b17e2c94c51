/**
 * @module Which layer of src/ may import which: services never see middleware, routes or Hono;
 * domain/ stays inside domain/ (the pure step that derives data may call the pure extraction
 * engine); the listed route folders reach D1 and KV only through services.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('../../src', import.meta.url))
const FIXTURE = fileURLToPath(new URL('../support/layering-fixture', import.meta.url))
const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs']

/** Every route folder: handlers reach storage/ only through services. */
const SERVICE_ONLY_ROUTES = readdirSync(join(SRC, 'routes')).filter((name) =>
  statSync(join(SRC, 'routes', name)).isDirectory()
)

/** domain/ files that run the pure extraction engine (the one derive step), and only that. */
const DOMAIN_MAY_EXTRACT = ['domain/article-copy.ts', 'domain/article-edit.ts', 'domain/derived.ts']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return EXTENSIONS.some((ext) => name.endsWith(ext)) ? [path] : []
  })
}

/** A module a file names: a file of `root` (`storage/db`) or a package (`hono/jsx`). */
interface Imported {
  name: string
  local: boolean
}

/** Every module a file names: imports, re-exports, dynamic imports; type-only ones too. */
function importsOf(root: string, file: string): Imported[] {
  const text = readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
  const out: Imported[] = []
  const add = (spec: string) =>
    out.push(
      spec.startsWith('.')
        ? { name: relative(root, resolve(dirname(file), spec)), local: true }
        : { name: spec, local: false }
    )
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      const spec = node.moduleSpecifier
      if (spec && ts.isStringLiteral(spec)) add(spec.text)
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0]
      if (arg && ts.isStringLiteral(arg)) add(arg.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}

const isHono = (m: Imported) => !m.local && (m.name === 'hono' || m.name.startsWith('hono/'))
const under = (folder: string) => (m: Imported) =>
  m.local && (m.name === folder || m.name.startsWith(`${folder}/`))

/** `file → module` for every import of a file under `folder` that `forbidden` rejects. */
function violations(
  root: string,
  folder: string,
  forbidden: (m: Imported, file: string) => boolean
): string[] {
  return sourceFiles(join(root, folder)).flatMap((path) => {
    const file = relative(root, path)
    return importsOf(root, path)
      .filter((m) => forbidden(m, file))
      .map((m) => `${file} → ${m.name}`)
  })
}

/** Services: no middleware/, no routes/, no Hono. */
function serviceViolations(root: string): string[] {
  return violations(
    root,
    'services',
    (m) => under('middleware')(m) || under('routes')(m) || isHono(m)
  )
}

/** domain/: files of src/ only from domain/ (extract/ for the derive step only); no Hono. */
function domainViolations(root: string): string[] {
  return violations(root, 'domain', (m, file) => {
    if (!m.local) return isHono(m)
    if (under('domain')(m)) return false
    return !(under('extract')(m) && DOMAIN_MAY_EXTRACT.includes(file))
  })
}

/** The given route folders: no storage/. */
function routeViolations(root: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) => violations(root, `routes/${folder}`, under('storage')))
}

describe('layering of src/', () => {
  it('finds planted violations (the checker itself works)', () => {
    expect(serviceViolations(FIXTURE)).toEqual([
      'services/leaky.ts → hono',
      'services/leaky.ts → middleware/guard',
    ])
    expect(domainViolations(FIXTURE)).toEqual(['domain/rule.ts → storage/rows'])
    expect(routeViolations(FIXTURE, ['keys'])).toEqual(['routes/keys/keys.ts → storage/rows'])
  })

  it('services/ never imports middleware/, routes/ or hono', () => {
    expect(sourceFiles(join(SRC, 'services')).length).toBeGreaterThan(10)
    expect(serviceViolations(SRC)).toEqual([])
  })

  it('domain/ imports nothing outside domain/ (but the derive step calling extract/)', () => {
    expect(domainViolations(SRC)).toEqual([])
  })

  it('no route folder imports storage/: handlers reach it only through services', () => {
    expect(SERVICE_ONLY_ROUTES.length).toBeGreaterThanOrEqual(12)
    expect(routeViolations(SRC, SERVICE_ONLY_ROUTES)).toEqual([])
  })
})
