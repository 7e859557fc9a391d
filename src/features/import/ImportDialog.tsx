/**
 * Importér: read a table (paste, typed text, file), preview it as it will be stored,
 * correct it row by row, choose where it goes, and hand the drafts to the caller.
 * Nothing is written before "Importér N indsatser"; the caller commits all or nothing.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import './import.css'
import { createDeadlineReader } from '../../domain/view-row'
import {
  rowsNeedingAttention,
  setForRows,
  setMapping,
  suggestedTitle,
  toDrafts,
  type ImportField,
  type ImportPlan,
  type ImportResult,
  type RowValues,
} from '../../io/import'
import { importDialogText as tx, importErrorMessages, importRowList, importSetText as setText } from '../../strings/import-dialog'
import { importFieldLabels } from './field-labels'
import { Dialog } from '../../ui/Dialog'
import { ColumnMapping } from './ColumnMapping'
import { ImportDecisions } from './ImportDecisions'
import { PlanSummary } from './PlanSummary'
import { importDates } from './import-dates'
import { PreviewTable, type ShownRow } from './PreviewTable'
import { SetForRows } from './SetForRows'
import { SourceInput } from './SourceInput'
import { TargetChoice } from './TargetChoice'
import type { ImportRequest, ImportTarget, TargetOverview } from './types'
import { useImportPlan } from './use-import-plan'
import { useRowActions, type FocusRequest } from './use-row-actions'

/** Rows rendered in the preview; the rest are counted ("… og N rækker mere") and imported. */
const PREVIEW_LIMIT = 200
/** Up to this many row numbers are named in the reason the button is disabled. */
const LISTED_ROWS = 10

interface ImportDialogProps {
  /** The open overview; none on the empty start page (the import then makes a new one). */
  overview?: TargetOverview
  today: string
  /** Commits; resolves to a Danish sentence when nothing was saved, null when done. */
  onImport: (request: ImportRequest) => Promise<string | null>
  onClose: () => void
  /** Something to know before importing (that a new overview replaces the example), shown under the intro. */
  notice?: string
}


export function ImportDialog({ overview, today, onImport, onClose, notice }: ImportDialogProps) {
  const idBase = useId()
  const source = useImportPlan()
  const { plan } = source
  const [target, setTarget] = useState<ImportTarget>('new')
  const [title, setTitle] = useState<string | null>(null)
  const [onlyAttention, setOnlyAttention] = useState(false)
  const [busy, setBusy] = useState(false)
  const [saveError, setSaveError] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  // Text typed into "Indsæt tabel" but not read yet: closing would lose it too.
  const [typed, setTyped] = useState(false)
  const tableRef = useRef<HTMLTableElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const pendingFocus = useRef<FocusRequest | null>(null)
  const read = useMemo(() => createDeadlineReader(), [])

  // Deadline texts without a year are read in the document's own year: its date above the
  // table, else the file's, else the target's reference for a new row; the user can change it.
  const [chosenYear, setChosenYear] = useState<number | null>(null)
  const dates = importDates(plan, overview ? target : 'new', overview, today, chosenYear)
  const { reference } = dates
  const attention = useMemo(() => (plan ? rowsNeedingAttention(plan) : []), [plan])
  const included = useMemo(() => plan?.rows.reduce((n, row) => n + (row.excluded ? 0 : 1), 0) ?? 0, [plan])
  const filtering = onlyAttention && attention.length > 0
  // Only the rows that are rendered get a ShownRow: a 10,000-row plan is not copied per change.
  const visible = useMemo<ShownRow[]>(() => {
    if (!plan) return []
    const numbers = filtering ? attention.slice(0, PREVIEW_LIMIT) : Array.from({ length: Math.min(plan.rows.length, PREVIEW_LIMIT) }, (_, i) => i + 1)
    return numbers.map((number) => ({ row: plan.rows[number - 1]!, number }))
  }, [plan, filtering, attention])
  const shownCount = filtering ? attention.length : (plan?.rows.length ?? 0)
  // "Sæt for alle viste rækker" reaches every row the filter shows, not only the rendered ones.
  const shownIds = useMemo(() => (!plan ? [] : filtering ? attention.map((n) => plan.rows[n - 1]!.id) : plan.rows.map((r) => r.id)), [plan, filtering, attention])
  // Rows ticked in the preview narrow "Sæt for …" to them; a ticked row merged away drops out.
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set())
  const tickedIds = useMemo(() => (plan ? plan.rows.filter((r) => ticked.has(r.id)).map((r) => r.id) : []), [plan, ticked])
  const setTargets = tickedIds.length > 0 ? tickedIds : shownIds
  const onTick = useCallback(
    (s: ShownRow, on: boolean) =>
      setTicked((old) => {
        const next = new Set(old)
        if (on) next.add(s.row.id)
        else next.delete(s.row.id)
        return next
      }),
    [],
  )

  const newTitle = title ?? (plan ? suggestedTitle(plan) || tx.fallbackTitle : '')
  const blocked = !plan
    ? tx.needSource
    : attention.length > 0
      ? tx.needFixes(attention.length <= LISTED_ROWS ? importRowList(attention) : tx.manyRows(attention.length))
      : included === 0
        ? tx.needRows
        : target === 'new' && newTitle.trim() === ''
          ? tx.needTitle
          : null

  useEffect(() => {
    const want = pendingFocus.current
    if (!want) return
    pendingFocus.current = null
    const rows = Array.from(tableRef.current?.tBodies[0]?.rows ?? [])
    const row = rows.find((r) => r.dataset.rowId === String(want.rowId)) ?? rows[Math.min(want.position, rows.length - 1)]
    const control = row?.querySelector<HTMLElement>(`[data-action="${want.action}"]`) ?? row?.querySelector<HTMLElement>('button, select')
    ;(control ?? headingRef.current)?.focus()
  }, [plan, filtering])

  /** A new source: forget what was chosen for the previous one. */
  function fresh() {
    setChosenYear(null)
    setTitle(null)
    setSaveError(null)
    setOnlyAttention(false)
    setAnnouncement('')
    setTicked(new Set())
  }

  const { edit } = source
  const change = useCallback(
    (apply: (current: ImportPlan) => ImportResult<ImportPlan>, message: string, focus: FocusRequest) => {
      if (!edit(apply)) return
      setSaveError(null)
      setAnnouncement(message)
      pendingFocus.current = focus
    },
    [edit],
  )

  const { onMerge, onSplit, onExclude, onCategory } = useRowActions(plan, visible, change)

  async function submit() {
    if (!plan || blocked || busy) return
    const out = toDrafts(plan, { reference, statusDate: dates.statusDate, defaultReference: dates.defaultReference })
    if (!out.ok) return setSaveError(importErrorMessages[out.code])
    setBusy(true)
    setSaveError(null)
    const { extraColumns: columns, rows, notesAbove } = out.value
    const batch = { columns, rows, ...(notesAbove.length ? { notes: notesAbove.join('\n') } : {}) }
    const failure = await onImport({ target: overview ? target : 'new', title: newTitle.trim(), legend: out.value.legend, batch })
    // On success the caller has closed the dialog; only a failure comes back here.
    if (failure !== null) {
      setBusy(false)
      setSaveError(failure)
    }
  }

  return (
    <Dialog title={tx.title} onClose={onClose} wide unsaved={plan !== null || source.reading || typed}>
      <div className="import-dialog" onInput={(event) => event.target instanceof HTMLTextAreaElement && setTyped(event.target.value !== '')}>
        <p className="import-intro">{tx.intro}</p>
        {notice && (
          <div className="alert alert-info">
            <p className="alert-text">{notice}</p>
          </div>
        )}
        <SourceInput
          idBase={idBase}
          reading={source.reading}
          file={source.file}
          onText={(text) => {
            fresh()
            source.readText(text)
          }}
          onClipboard={(data) => {
            fresh()
            source.readClipboard(data)
          }}
          onFile={(file, sheet) => {
            fresh()
            void source.readFile(file, sheet)
          }}
        />
        {source.error && (
          <div className="alert alert-error" role="alert">
            <p className="alert-text">{source.error}</p>
          </div>
        )}
        {plan && (
          <>
            <h3 id={`${idBase}-preview`} className="h4 import-heading" tabIndex={-1} ref={headingRef}>
              {tx.previewHeading}
            </h3>
            <PlanSummary plan={plan} />
            <ImportDecisions idBase={idBase} plan={plan} year={dates.year} yearSource={dates.yearSource} onYear={setChosenYear} appending={overview !== undefined && target === 'append'} />
            <TargetChoice idBase={idBase} target={overview ? target : 'new'} onTarget={setTarget} title={newTitle} onTitle={setTitle} openTitle={overview?.title} />
          </>
        )}
        <p className="import-summary" role="status">
          {plan ? tx.summary(plan.rows.length, attention.length) : ''}
        </p>
        <div className="import-commit">
          <div className="import-commit__buttons">
            <button
              type="button"
              className="button button-primary"
              disabled={blocked !== null || busy}
              aria-describedby={blocked ? `${idBase}-blocked` : undefined}
              onClick={() => void submit()}
            >
              {plan ? tx.commit(included) : tx.title}
            </button>
            <button type="button" className="button button-secondary" onClick={onClose}>
              {tx.cancel}
            </button>
          </div>
          {blocked && (
            <p id={`${idBase}-blocked`} className="import-commit__reason">
              {blocked}
            </p>
          )}
          {busy && <p role="status">{tx.importing}</p>}
          {saveError && (
            <div className="alert alert-error" role="alert">
              <p className="alert-text">{saveError}</p>
            </div>
          )}
        </div>
        {plan && (
          <>
            <ColumnMapping
              idBase={idBase}
              header={plan.header}
              mapping={plan.mapping}
              onChange={(column, field: ImportField, label) => {
                if (edit((current) => setMapping(current, column, field))) setAnnouncement(tx.announceMapping(label, importFieldLabels[field]))
              }}
            />
            {attention.length > 0 && (
              <div className="form-group-checkbox import-filter">
                <input id={`${idBase}-only`} className="form-checkbox" type="checkbox" checked={onlyAttention} onChange={(event) => setOnlyAttention(event.target.checked)} />
                <label htmlFor={`${idBase}-only`}>{tx.onlyAttention(attention.length)}</label>
              </div>
            )}
            <SetForRows
              idBase={idBase}
              count={setTargets.length}
              ticked={tickedIds.length > 0}
              onSet={(field, value, fieldLabel, valueLabel) => {
                if (edit((current) => setForRows(current, setTargets, field, value as RowValues[typeof field]))) setAnnouncement(setText.announce(fieldLabel, valueLabel, setTargets.length))
              }}
            />
            <PreviewTable
              rows={visible}
              hidden={shownCount - visible.length}
              hiddenNeedFixes={filtering}
              chosenCategories={plan.overrides.categories}
              reference={reference}
              read={read}
              tableRef={tableRef}
              onMerge={onMerge}
              onSplit={onSplit}
              onExclude={onExclude}
              onCategory={onCategory}
              ticked={ticked}
              onTick={onTick}
            />
          </>
        )}
        <p className="sr-only" aria-live="polite">
          {announcement}
        </p>
      </div>
    </Dialog>
  )
}
