// The pure export writers. docx and exceljs are imported inside toDocx/toXlsx, so importing
// this module costs only the small helpers and papaparse.
export type { ExportDocument, ExportRow } from './types'
export { toCsv } from './csv'
export { toXlsx } from './xlsx'
export { sheetName } from './sheet-name'
export { toDocx } from './docx'
export { toBackupJson, BACKUP_FORMAT, BACKUP_VERSION, type BackupInput } from './backup'
export { exportFileName } from './fileName'
export { neutraliseFormula } from './shared'
