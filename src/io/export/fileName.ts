import { fallbackFileTitle, selectionText } from '../../strings/export'

// Characters Windows, macOS or Linux refuse in file names, and control characters.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f]/g
/** Keeps the name well under the 255-byte limit of common file systems, with room for the date. */
const MAX_TITLE_LENGTH = 120

/**
 * `Bilag 1 – overblik over indsatser 2021-01-20.docx`: the overview's title and the date
 * (tests/fixtures/ui.md); a selection of the overview says so before the date
 * (`… indsatser (udsnit) 2021-01-20.docx`), so it is never mistaken for the whole.
 * Illegal characters become spaces, æøå and the en dash stay; leading dots (hidden
 * files) and trailing dots and spaces (Windows strips them) go.
 */
export function exportFileName(overviewTitle: string, date: string, ext: string, selection = false): string {
  const title = Array.from(overviewTitle.replace(ILLEGAL, ' ').replace(/\s+/g, ' ').trim())
    .slice(0, MAX_TITLE_LENGTH)
    .join('')
    .replace(/^[. ]+|[. ]+$/g, '')
  const extension = ext.replace(/^\.+/, '').replace(ILLEGAL, '')
  const suffix = selection ? ` ${selectionText.fileSuffix}` : ''
  return `${title || fallbackFileTitle}${suffix} ${date}${extension ? `.${extension}` : ''}`
}
