/**
 * Word export in the shape of Bilag 1: title, a header line, the a/b/c legend and the
 * table, on A4 landscape with "Side X af Y" in the footer. docx is loaded on demand so it
 * never enters the first bundle.
 */
import type * as Docx from 'docx'
import type { Paragraph } from 'docx'
import { CATEGORIES } from '../../domain/model'
import { appName } from '../../strings/core'
import { exportHeaderLabels, legendPrefix, pageFooterTemplate } from '../../strings/export'
import { buildTable, BODY_EM_TWIPS } from './docxTable'
import { longDate } from './shared'
import { selectionLine } from './selection'
import type { ExportDocument } from './types'

type DocxLib = typeof Docx

// A4 in twips (1/20 pt), given portrait; docx swaps them for landscape.
const A4_SHORT = 11906
const A4_LONG = 16838
/** 2 cm margins, the usual in Danish municipal documents. */
const MARGIN = 1134
export const TEXT_WIDTH = A4_LONG - 2 * MARGIN
const FONT = 'Arial'
/** Half-points: 9 pt body keeps a 9-column table readable on one landscape page width. */
const BODY_SIZE = BODY_EM_TWIPS / 10

export async function toDocx(doc: ExportDocument): Promise<Uint8Array> {
  const d = await import('docx')
  const { overview } = doc
  const document = new d.Document({
    creator: appName,
    lastModifiedBy: appName,
    title: overview.title,
    subject: overview.committee,
    // Word's own Danish hyphenation (the text is da-DK): long words at a line's end get a proper hyphen.
    hyphenation: { autoHyphenation: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE, language: { value: 'da-DK' } } },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: '000000' },
          paragraph: { spacing: { after: 120 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_SHORT, height: A4_LONG, orientation: d.PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: { default: new d.Footer({ children: [pageFooter(d)] }) },
        children: [
          new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: [new d.TextRun(overview.title)] }),
          headerLine(d, doc),
          ...selection(d, doc),
          ...legend(d, doc),
          buildTable(d, doc, TEXT_WIDTH),
        ],
      },
    ],
  })
  return d.Packer.pack(document, 'uint8array')
}

/** "Udvalg: … · Sagsnr.: … · Mødedato: 20. januar 2021 · Opgjort pr. 20. januar 2021"; empty parts left out. */
function headerLine(d: DocxLib, doc: ExportDocument): Paragraph {
  const { committee, caseNumber, meetingDate } = doc.overview
  const parts = [
    committee && `${exportHeaderLabels.committee}: ${committee}`,
    caseNumber && `${exportHeaderLabels.caseNumber}: ${caseNumber}`,
    meetingDate && `${exportHeaderLabels.meetingDate}: ${longDate(meetingDate)}`,
    `${exportHeaderLabels.asOf} ${longDate(doc.asOf)}`,
  ].filter(Boolean)
  return new d.Paragraph({ spacing: { after: 160 }, children: [new d.TextRun(parts.join(' · '))] })
}

/** "Udsnit: Kategori C · kun overskredne · …" in bold under the header line, when the view was filtered. */
function selection(d: DocxLib, doc: ExportDocument): Paragraph[] {
  if (!doc.selection) return []
  return [new d.Paragraph({ spacing: { after: 160 }, children: [new d.TextRun({ text: selectionLine(doc.selection), bold: true })] })]
}

/** "a. …", "b. …", "c. …" with a hanging indent, as in the Bilag; empty entries left out. */
function legend(d: DocxLib, doc: ExportDocument): Paragraph[] {
  const lines = CATEGORIES.filter((c) => doc.overview.legend[c].trim() !== '')
  return lines.map(
    (c, i) =>
      new d.Paragraph({
        indent: { left: 340, hanging: 340 },
        spacing: { after: i === lines.length - 1 ? 200 : 60 },
        children: [new d.TextRun({ children: [legendPrefix[c], new d.Tab(), doc.overview.legend[c]] })],
      }),
  )
}

/** "Side {current} af {total}" with Word's PAGE and NUMPAGES fields in place of the braces. */
function pageFooter(d: DocxLib): Paragraph {
  const fields = { current: d.PageNumber.CURRENT, total: d.PageNumber.TOTAL_PAGES } as const
  const children = pageFooterTemplate
    .split(/(\{current\}|\{total\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{current}' ? fields.current : part === '{total}' ? fields.total : part))
  return new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [new d.TextRun({ children })] })
}
