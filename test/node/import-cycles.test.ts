/**
 * @module The import graph of src/: no cycles (every relative import is an edge, type-only ones too
 * unless skipped; a strongly connected group of files is a cycle, reported as its files), and
 * storage/ does not load the extraction engine or the services at run time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('../../src', import.meta.url))
const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs']

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return EXTENSIONS.some((ext) => name.endsWith(ext)) ? [path] : []
  })
}

/** The file a relative specifier names, trying the extensions and `index` files. */
function resolveSpecifier(from: string, specifier: string, files: Set<string>): string | null {
  const base = resolve(dirname(from), specifier)
  const candidates = [
    base,
    ...EXTENSIONS.map((e) => base + e),
    ...EXTENSIONS.map((e) => join(base, `index${e}`)),
  ]
  return candidates.find((c) => files.has(c)) ?? null
}

/** True for `import type …` and `export type … from`, which the compiler erases. */
function typeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly
  const clause = node.importClause
  if (!clause) return false
  if (clause.isTypeOnly) return true
  const named = clause.namedBindings
  return (
    !clause.name &&
    !!named &&
    ts.isNamedImports(named) &&
    named.elements.length > 0 &&
    named.elements.every((e) => e.isTypeOnly)
  )
}

/** Every relative import and re-export of a file, resolved to files of src/. */
function importsOf(file: string, files: Set<string>, skipTypes: boolean): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const out: string[] = []
  const visit = (node: ts.Node) => {
    const spec =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier
    const erased =
      spec && skipTypes && typeOnly(node as ts.ImportDeclaration | ts.ExportDeclaration)
    if (spec && !erased && ts.isStringLiteral(spec) && spec.text.startsWith('.')) {
      const target = resolveSpecifier(file, spec.text, files)
      if (target) out.push(target)
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0]
      if (arg && ts.isStringLiteral(arg) && arg.text.startsWith('.')) {
        const target = resolveSpecifier(file, arg.text, files)
        if (target) out.push(target)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return out
}

/** Strongly connected components with a cycle (Tarjan), each as sorted paths relative to src/. */
function importCycles(root: string, { skipTypes = false } = {}): string[][] {
  const files = sourceFiles(root)
  const known = new Set(files)
  const edges = new Map(files.map((f) => [f, importsOf(f, known, skipTypes)]))
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  let next = 0
  const connect = (v: string) => {
    index.set(v, next)
    low.set(v, next)
    next++
    stack.push(v)
    onStack.add(v)
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const group: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      group.push(w)
    } while (w !== v)
    if (group.length > 1 || edges.get(v)!.includes(v)) {
      cycles.push(group.map((f) => relative(root, f)).sort())
    }
  }
  for (const f of files) if (!index.has(f)) connect(f)
  return cycles
}

/** Files `from` loads at run time (type-only imports are erased), relative to `root`. */
function runtimeClosure(root: string, from: readonly string[]): Set<string> {
  const files = sourceFiles(root)
  const known = new Set(files)
  const seen = new Set<string>()
  const stack = from.map((f) => join(root, f))
  while (stack.length) {
    const file = stack.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    stack.push(...importsOf(file, known, true))
  }
  return new Set([...seen].map((f) => relative(root, f)))
}

describe('import graph of src/', () => {
  it('finds a planted cycle, through a type-only import or not (the checker itself works)', () => {
    const fixture = fileURLToPath(new URL('../support/import-cycle-fixture', import.meta.url))
    expect(importCycles(fixture)).toEqual([['a.ts', 'b.ts', 'c.ts']])
    expect(importCycles(fixture, { skipTypes: true })).toEqual([])
  })

  it('has no import cycles that exist at run time', () => {
    expect(importCycles(SRC, { skipTypes: true })).toEqual([])
  })

  it('has no type-only cycles either', () => {
    expect(importCycles(SRC)).toEqual([])
  })

  it('storage/ does not load the extraction engine: derived data reaches it computed', () => {
    const storage = sourceFiles(join(SRC, 'storage')).map((f) => relative(SRC, f))
    const loaded = runtimeClosure(SRC, storage)
    expect(storage.length).toBeGreaterThan(5)
    expect(
      [...loaded].filter((f) => f === 'extract/index.ts' || f.startsWith('services/'))
    ).toEqual([])
  })
})
