/**
 * Where the table comes from: "Indsæt tabel" (a paste is read at once, from Word's or
 * Excel's HTML when the clipboard has it; typed text on "Læs tabellen"), "Vælg fil",
 * a file dropped on the area, and "Ark" when a workbook has several sheets.
 */
import { useState, type ClipboardEvent, type DragEvent } from 'react'
import { importDialogText as tx } from '../../strings/import-dialog'
import type { FileSource } from './use-import-plan'

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.docx,.pdf'
/**
 * Longer pastes are read but not shown in the box: laying out half a megabyte of text in
 * a textarea freezes the tab for seconds, and the preview shows the rows anyway.
 */
const SHOW_AT_MOST = 50_000

interface SourceInputProps {
  idBase: string
  reading: boolean
  file: FileSource | null
  onText: (text: string) => void
  onClipboard: (data: { html: string; text: string }) => void
  onFile: (file: File, sheet?: string) => void
}

export function SourceInput({ idBase, reading, file, onText, onClipboard, onFile }: SourceInputProps) {
  const [text, setText] = useState('')
  // A long paste not shown in the box, kept so "Læs tabellen" can read it again.
  const [unshown, setUnshown] = useState<{ text: string; lines: number } | null>(null)
  const [dragging, setDragging] = useState(false)

  function show(plain: string) {
    const long = plain.length > SHOW_AT_MOST
    setText(long ? '' : plain)
    setUnshown(long ? { text: plain, lines: lineCount(plain) } : null)
  }

  function paste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const data = event.clipboardData
    const html = data.getData('text/html')
    const plain = data.getData('text/plain')
    // The box shows exactly what was read, rather than the paste spliced into older text.
    event.preventDefault()
    show(plain)
    onClipboard({ html, text: plain })
  }

  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    setDragging(false)
    const dropped = event.dataTransfer.files[0]
    if (dropped) return onFile(dropped)
    // Text dragged from another window is read like a paste.
    const plain = event.dataTransfer.getData('text/plain')
    show(plain)
    onClipboard({ html: event.dataTransfer.getData('text/html'), text: plain })
  }

  return (
    <div
      className={`import-drop${dragging ? ' import-drop--active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <div className="form-group import-paste">
        <label className="form-label" htmlFor={`${idBase}-paste`}>
          {tx.pasteLabel}
        </label>
        <span className="form-hint" id={`${idBase}-paste-hint`}>
          {tx.pasteHint}
        </span>
        <textarea
          id={`${idBase}-paste`}
          className="form-input"
          rows={4}
          spellCheck={false}
          aria-describedby={unshown ? `${idBase}-paste-hint ${idBase}-paste-long` : `${idBase}-paste-hint`}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setUnshown(null)
          }}
          onPaste={paste}
        />
        {unshown && (
          <p className="form-hint import-paste__long" id={`${idBase}-paste-long`}>
            {tx.longPaste(unshown.lines)}
          </p>
        )}
        <button type="button" className="button button-secondary" onClick={() => onText(unshown?.text ?? text)}>
          {tx.read}
        </button>
      </div>
      <div className="form-group import-file">
        <label className="form-label" htmlFor={`${idBase}-file`}>
          {tx.fileLabel}
        </label>
        <span className="form-hint" id={`${idBase}-file-hint`}>
          {tx.fileHint}
        </span>
        <input
          id={`${idBase}-file`}
          type="file"
          accept={ACCEPT}
          aria-describedby={`${idBase}-file-hint`}
          onChange={(event) => {
            const chosen = event.target.files?.[0]
            if (chosen) onFile(chosen)
          }}
        />
        {file && file.sheets.length > 1 && (
          <div className="form-group">
            <label className="form-label" htmlFor={`${idBase}-sheet`}>
              {tx.sheet}
            </label>
            <select id={`${idBase}-sheet`} className="form-select" value={file.sheet ?? ''} onChange={(event) => onFile(file.file, event.target.value)}>
              {file.sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {dragging && (
        <p className="import-drop__hint" aria-hidden="true">
          {tx.dropHint}
        </p>
      )}
      <p className="import-reading" role="status">
        {reading ? tx.reading : ''}
      </p>
    </div>
  )
}

/** Same as text.split('\n').length, without building the lines of a long paste. */
function lineCount(text: string): number {
  let lines = 1
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++
  return lines
}
