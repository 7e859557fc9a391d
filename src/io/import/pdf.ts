/**
 * .pdf bytes → a RawTable, through Mozilla's pdf.js (pdfjs-dist), loaded only when a PDF is
 * opened. This file is the thin glue: it asks pdf.js for each page's text items and drawing
 * operators and hands plain geometry to ./pdf-layout.ts, which decides everything else.
 *
 * In the browser pdf.js parses in its own worker (the worker file is emitted by Vite's
 * build and served from the app's origin: the CSP's `worker-src 'self'` covers it). Where
 * there is no Worker (Node: tests and the bench) the legacy build runs it in-process.
 *
 * Refusals: a password → 'encrypted'; bytes pdf.js cannot parse → 'pdf-unreadable'; pages
 * without any text but with images or drawing (a scan) → 'no-text-layer'; pages without
 * anything → 'empty-pdf'.
 */
import { layoutTable, type PdfPage, type PdfRule, type PdfTextItem } from './pdf-layout'
import type { RawTable } from './plan'
import { fail, type ImportResult } from './types'

type PdfJs = typeof import('pdfjs-dist')
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>
type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>

/** A hostile file may claim any number of pages; a Bilag has a few dozen. */
const MAX_PAGES = 500

const LEGACY_BUILD = 'pdfjs-dist/legacy/build/pdf.mjs'
let loading: Promise<PdfJs> | null = null

/** pdf.js, loaded once; in a browser with its worker from the app's own origin. */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    // Node only: a name the bundler does not follow, so the legacy build stays out of the app.
    if (typeof Worker === 'undefined') return (await import(/* @vite-ignore */ LEGACY_BUILD)) as PdfJs
    const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')])
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default
    return pdfjs
  })()
  return loading
}

export async function readPdf(bytes: Uint8Array): Promise<ImportResult<RawTable>> {
  let pdfjs: PdfJs
  try {
    pdfjs = await loadPdfJs()
  } catch (error) {
    loading = null
    return fail('internal', error instanceof Error ? error.message : 'pdf.js')
  }
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0, stopAtErrors: false })
  let doc: PdfDocument
  try {
    doc = await task.promise
  } catch (error) {
    await task.destroy().catch(() => undefined)
    const name = error instanceof Error ? error.name : ''
    return fail(name === 'PasswordException' ? 'encrypted' : 'pdf-unreadable', error instanceof Error ? error.message : 'pdf')
  }
  try {
    const pages: PdfPage[] = []
    let drawn = false
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PAGES); n++) {
      const read = await readPage(pdfjs, await doc.getPage(n))
      pages.push(read.page)
      drawn ||= read.drawn
    }
    if (pages.every((page) => page.items.every((item) => item.text.trim() === '')))
      return fail(drawn ? 'no-text-layer' : 'empty-pdf')
    return layoutTable(pages)
  } catch (error) {
    return fail('pdf-unreadable', error instanceof Error ? error.message : 'pdf')
  } finally {
    await doc.destroy().catch(() => undefined)
  }
}

type Matrix = [number, number, number, number, number, number]
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
]

/**
 * One page's text items and ruling strokes, in points from the top-left corner of the page
 * as it is shown: the viewport's transform also turns a page saved rotated (/Rotate 90).
 */
async function readPage(pdfjs: PdfJs, page: PdfPageProxy): Promise<{ page: PdfPage; drawn: boolean }> {
  const viewport = page.getViewport({ scale: 1 })
  const toView = viewport.transform as Matrix
  const content = await page.getTextContent()
  const items: PdfTextItem[] = []
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue
    const [a, b, c, d, e, f] = multiply(toView, item.transform as Matrix)
    // At scale 1 the item's width (in points) is the same on the shown page.
    items.push({ text: item.str, x: e, y: f, width: item.width, size: Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1 })
  }
  const { OPS } = pdfjs
  const ops = await page.getOperatorList()
  const rules: PdfRule[] = []
  const stack: Matrix[] = []
  let ctm: Matrix = [1, 0, 0, 1, 0, 0]
  let drawn = false
  const images = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat])
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i] ?? -1
    const args = ops.argsArray[i] as unknown[]
    if (fn === OPS.save) stack.push(ctm)
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix)
    else if (images.has(fn)) drawn = true
    else if (fn === OPS.constructPath && args[0] !== OPS.endPath) {
      drawn = true
      const path = (args[1] as ArrayLike<number>[] | undefined)?.[0]
      if (path) rules.push(...segmentsOf(path, multiply(toView, ctm)))
    }
  }
  return { page: { width: viewport.width, height: viewport.height, items, rules }, drawn }
}

/** The straight segments of a pdf.js path (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4). */
function segmentsOf(path: ArrayLike<number>, toView: Matrix): PdfRule[] {
  const out: PdfRule[] = []
  const at = (x: number, y: number) => ({ x: toView[0] * x + toView[2] * y + toView[4], y: toView[1] * x + toView[3] * y + toView[5] })
  let start = { x: 0, y: 0 }
  let current = start
  for (let i = 0; i < path.length && out.length < 10_000; ) {
    const op = path[i++]
    if (op === 0) {
      current = start = at(path[i++] ?? 0, path[i++] ?? 0)
    } else if (op === 1) {
      const next = at(path[i++] ?? 0, path[i++] ?? 0)
      out.push({ x1: current.x, y1: current.y, x2: next.x, y2: next.y })
      current = next
    } else if (op === 2) {
      i += 4
      current = at(path[i++] ?? 0, path[i++] ?? 0)
    } else if (op === 3) {
      i += 2
      current = at(path[i++] ?? 0, path[i++] ?? 0)
    } else if (op === 4) {
      out.push({ x1: current.x, y1: current.y, x2: start.x, y2: start.y })
      current = start
    } else break
  }
  return out
}
