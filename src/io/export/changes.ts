/**
 * "Ændringer siden mødet …" as its own document: one line per changed field, grouped
 * by area, in CSV (for Excel) and Word (for the meeting pack). Pure; docx loads on demand.
 */
import Papa from 'papaparse'
import { columnLabels } from '../../strings/core'
import { meetingsText as tx } from '../../strings/meetings'
import { changeLines, type ChangesDocument } from './change-lines'
import { neutraliseFormula } from './shared'

export { changeLines, type ChangesDocument, type ChangeLine } from './change-lines'

const HEADERS = () => [columnLabels.area, columnLabels.title, tx.change, tx.field, tx.before, tx.after]

/** CSV for Danish Excel, like the table export: BOM, `;`, CRLF, formulas neutralised. */
export function changesToCsv(doc: ChangesDocument): string {
  const data = changeLines(doc).map((l) => [l.area, l.title, l.kind, l.field, l.before, l.after].map(neutraliseFormula))
  return `\uFEFF${Papa.unparse({ fields: HEADERS(), data }, { delimiter: ';', newline: '\r\n', escapeFormulae: false })}`
}

export async function changesToDocx(doc: ChangesDocument): Promise<Uint8Array> {
  const d = await import('docx')
  const lines = changeLines(doc)
  const cell = (text: string, bold = false) =>
    new d.TableCell({ children: text.split('\n').map((t) => new d.Paragraph({ children: [new d.TextRun({ text: t, bold })] })) })
  const header = new d.TableRow({ tableHeader: true, children: HEADERS().slice(1).map((h) => cell(h, true)) })
  const children: (InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>)[] = [
    new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: [new d.TextRun(doc.title)] }),
    new d.Paragraph({ children: [new d.TextRun(`${doc.overview.title} · ${tx.changeSummary(doc.diff.added, doc.diff.removed, doc.diff.changed)}`)] }),
  ]
  if (lines.length === 0) children.push(new d.Paragraph({ children: [new d.TextRun(tx.noChanges)] }))
  for (const area of doc.diff.areas) {
    children.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, keepNext: true, children: [new d.TextRun(area.area || '—')] }))
    const rows = lines.filter((l) => l.area === area.area).map((l) => new d.TableRow({ cantSplit: true, children: [l.title, l.kind, l.field, l.before, l.after].map((t) => cell(t)) }))
    children.push(new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows: [header, ...rows] }))
  }
  const document = new d.Document({
    title: doc.title,
    styles: { default: { document: { run: { font: 'Arial', size: 18, language: { value: 'da-DK' } } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838, orientation: d.PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
  })
  return new Uint8Array(await (await d.Packer.toArrayBuffer(document)))
}
