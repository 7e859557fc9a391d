/**
 * Nothing in src/ turns text into markup or code. Under the app's CSP (no
 * 'unsafe-eval', no inline script) eval would fail anyway, but HTML injection would
 * not: it is kept out here. Reads the code as TypeScript syntax, so comments and
 * strings that merely mention these names do not count. ESLint forbids the JSX prop
 * too; this also catches the DOM APIs and eval-like calls.
 */
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

const ROOT = join(import.meta.dirname, '../..')

const HTML_SINKS = new Set(['innerHTML', 'outerHTML', 'srcdoc'])
const HTML_METHODS = new Set(['insertAdjacentHTML', 'createContextualFragment', 'setHTMLUnsafe', 'parseHTMLUnsafe'])
const DOCUMENT_WRITES = new Set(['write', 'writeln'])

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(path)
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

function nameOf(node: ts.Expression): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) return node.argumentExpression.text
  return undefined
}

/** Every HTML-injection or eval-like construct in one file, as "file:line what". */
function findUnsafe(fileName: string, code: string): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found: string[] = []
  const report = (node: ts.Node, what: string) => found.push(`${fileName}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`)
  const visit = (node: ts.Node) => {
    if (ts.isJsxAttribute(node) && node.name.getText(source) === 'dangerouslySetInnerHTML') report(node, 'dangerouslySetInnerHTML')
    if (ts.isPropertyAssignment(node) && node.name.getText(source).replace(/['"]/g, '') === 'dangerouslySetInnerHTML') report(node, 'dangerouslySetInnerHTML')
    if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      const name = nameOf(node.left)
      if (name && HTML_SINKS.has(name)) report(node, `${name} assignment`)
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression
      const name = nameOf(callee)
      if (name && HTML_METHODS.has(name)) report(node, name)
      if (name && DOCUMENT_WRITES.has(name) && ts.isPropertyAccessExpression(callee) && callee.expression.getText(source) === 'document') report(node, `document.${name}`)
      if (ts.isIdentifier(callee) && (callee.text === 'eval' || callee.text === 'Function')) report(node, `${callee.text}()`)
      if (name === 'setAttribute' && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0]) && /^(on|srcdoc$)/i.test(node.arguments[0].text)) report(node, `setAttribute('${node.arguments[0].text}')`)
      // setTimeout('code') / setInterval('code') evaluate a string.
      if (ts.isIdentifier(callee) && /^set(Timeout|Interval)$/.test(callee.text) && node.arguments?.[0] && (ts.isStringLiteralLike(node.arguments[0]) || ts.isTemplateExpression(node.arguments[0]))) report(node, `${callee.text}(string)`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('src/ injects no HTML and evaluates no strings', () => {
  it('finds no innerHTML/outerHTML assignment, dangerouslySetInnerHTML, insertAdjacentHTML, document.write, eval or Function()', () => {
    const files = filesUnder(join(ROOT, 'src'))
    expect(files.length).toBeGreaterThan(20)
    const found = files.flatMap((path) => findUnsafe(relative(ROOT, path), readFileSync(path, 'utf8')))
    expect(found).toEqual([])
  })

  it('would catch each of them (the scan is not vacuous)', () => {
    const bad = [
      'el.innerHTML = text',
      'el["outerHTML"] += text',
      'frame.srcdoc = text',
      'el.insertAdjacentHTML("beforeend", text)',
      'range.createContextualFragment(text)',
      'document.write(text)',
      'eval(text)',
      'new Function("return 1")',
      'Function("return this")()',
      'setTimeout("alert(1)", 1)',
      'el.setAttribute("onclick", text)',
      'const props = { dangerouslySetInnerHTML: { __html: text } }',
    ]
    for (const line of bad) expect(findUnsafe('bad.ts', line), line).toHaveLength(1)
    expect(findUnsafe('bad.tsx', 'const a = <div dangerouslySetInnerHTML={{ __html: text }} />')).toHaveLength(1)
    // Reading, comments and strings are fine.
    const fine = ['const html = el.innerHTML', '// el.innerHTML = x', 'const s = "eval(x)"', 'setTimeout(() => run(), 1)', 'el.textContent = text', 'parser.parseFromString(html, "text/html")']
    for (const line of fine) expect(findUnsafe('fine.ts', line), line).toEqual([])
  })
})
