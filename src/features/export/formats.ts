/**
 * The export formats. Each writer is imported only when its format is chosen, so
 * docx, exceljs and papaparse never weigh on the first load.
 */
import type { ExportDocument } from '../../io/export/types'
import type { BackupInput } from '../../io/export/backup'

export type FileFormat = 'docx' | 'xlsx' | 'csv'

const MIME: Record<FileFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
}

export async function writeFile(format: FileFormat, doc: ExportDocument): Promise<{ contents: BlobPart; fileName: string; type: string }> {
  const { exportFileName } = await import('../../io/export/fileName')
  const fileName = exportFileName(doc.overview.title, doc.asOf, format, doc.selection !== undefined)
  switch (format) {
    case 'docx': {
      const { toDocx } = await import('../../io/export/docx')
      return { contents: (await toDocx(doc)) as Uint8Array<ArrayBuffer>, fileName, type: MIME.docx }
    }
    case 'xlsx': {
      const { toXlsx } = await import('../../io/export/xlsx')
      return { contents: (await toXlsx(doc)) as Uint8Array<ArrayBuffer>, fileName, type: MIME.xlsx }
    }
    case 'csv': {
      const { toCsv } = await import('../../io/export/csv')
      return { contents: toCsv(doc), fileName, type: MIME.csv }
    }
  }
}

export async function writeBackup(data: BackupInput, date: string) {
  const { toBackupJson } = await import('../../io/export/backup')
  return { contents: toBackupJson(data), fileName: `Indsatsoverblik sikkerhedskopi ${date}.json`, type: 'application/json' }
}
