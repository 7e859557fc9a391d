/**
 * The plan the dialog previews, and how it is read: a paste, typed text or a file.
 * Reading errors replace the preview (they describe the newest input); a refused
 * edit keeps the plan and only says why. File reads are async, so a slower read
 * that was overtaken by a newer one is dropped instead of overwriting it.
 */
import { useCallback, useRef, useState } from 'react'
import { importClipboard, importFile, importText, type ImportPlan, type ImportResult } from '../../io/import'
import { importErrorMessages } from '../../strings/import-dialog'

/** The file the plan came from, kept so another sheet of the same workbook can be read. */
export interface FileSource {
  file: File
  sheets: readonly string[]
  sheet: string | undefined
}

export interface ImportPlanState {
  plan: ImportPlan | null
  /** One Danish sentence, or null. */
  error: string | null
  reading: boolean
  file: FileSource | null
  readText: (text: string) => void
  readClipboard: (data: { html: string; text: string }) => void
  readFile: (file: File, sheet?: string) => Promise<void>
  /** Applies a plan → plan edit; false (and a message) when the core refused it. */
  edit: (change: (plan: ImportPlan) => ImportResult<ImportPlan>) => boolean
}

export function useImportPlan(): ImportPlanState {
  const [plan, setPlan] = useState<ImportPlan | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [reading, setReading] = useState(false)
  const [file, setFile] = useState<FileSource | null>(null)
  const latest = useRef(0)

  function show(result: ImportResult<ImportPlan>) {
    if (result.ok) {
      setPlan(result.value)
      setError(null)
    } else {
      setPlan(null)
      setError(importErrorMessages[result.code])
    }
  }

  function readNow(read: () => ImportResult<ImportPlan>) {
    latest.current++
    setReading(false)
    setFile(null)
    show(read())
  }

  async function readFile(chosen: File, sheet?: string) {
    const request = ++latest.current
    setReading(true)
    const result = await importFile(chosen, sheet === undefined ? {} : { sheet })
    if (request !== latest.current) return
    setReading(false)
    show(result)
    setFile((previous) => ({
      file: chosen,
      // A sheet without a table fails, but the user must still be able to pick another one.
      sheets: result.ok ? (result.value.source.sheets ?? []) : previous?.file === chosen ? previous.sheets : [],
      sheet: result.ok ? result.value.source.sheet : sheet,
    }))
  }

  // Stable while the plan is: the preview's row handlers build on it, and a handler that
  // stays the same lets the preview skip re-rendering when only something else changed.
  const edit = useCallback(
    (change: (current: ImportPlan) => ImportResult<ImportPlan>): boolean => {
      if (!plan) return false
      const result = change(plan)
      if (!result.ok) {
        setError(importErrorMessages[result.code])
        return false
      }
      setPlan(result.value)
      setError(null)
      return true
    },
    [plan],
  )

  return {
    plan,
    error,
    reading,
    file,
    readText: (text) => readNow(() => importText(text)),
    readClipboard: (data) => readNow(() => importClipboard(data)),
    readFile,
    edit,
  }
}
