/**
 * One form for Ny indsats and Rediger. Its fields are the registry's editable columns
 * (src/domain/columns: label, kind, help text, length limit, required), each with the editor
 * of its kind (./field-editors), then the overview's extra columns. Every field is checked
 * before Gem (Danish messages beside each field, nothing saved until all are right); it shows,
 * as you type, how the deadline text is read — which a fixed date (Fast frist) can override.
 *
 * Rediger also shows the row's detail below the form (its status log, composed in src/app):
 * Gem saves the form and the detail together, Annullér and every other way of closing drops
 * both, and closing with anything unsaved asks first.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import type { Initiative, InitiativeDraft, Overview, Status } from '../../domain/model'
import { newRowReferenceDate, referenceDate } from '../../domain/reference-date'
import { parseDateEntry } from '../../domain/date-entry'
import { fieldErrors, t } from '../../strings'
import { Dialog } from '../../ui/Dialog'
import { DeadlinePreview } from './DeadlinePreview'
import { formValues, validateForm, type DraftIssues, type FormValues } from './validate-draft'
import { ConflictPanel } from './ConflictPanel'
import { FIELD_EDITORS } from './field-editors'
import { BUILT_IN_COLUMNS, type ColumnKind, type ColumnSpec, type ExtraColumn } from '../../domain/columns'

/** What became of a save: the caller maps storage results to these. */
export type SaveOutcome =
  | { kind: 'saved' }
  | { kind: 'invalid'; issues: DraftIssues }
  | { kind: 'conflict'; current: Initiative }
  | { kind: 'failed' }

interface InitiativeFormProps {
  /** The row being edited, or undefined for a new one. */
  initiative?: Initiative | undefined
  /** Prefill for a new row (e.g. the area of the group it was added from). */
  defaults?: Partial<InitiativeDraft>
  /** The overview the row belongs to: its meeting date is what a deadline text is read against (src/domain/reference-date). */
  overview: Pick<Overview, 'meetingDate'>
  /** Today (ISO): a new row is made today. */
  today: string
  areas: string[]
  /** Every column of the overview (src/domain/columns `columnsOf`): its extra columns get a field each. */
  columns?: readonly ColumnSpec[]
  /** `expectedRevision` is the revision this form's edit is based on (undefined for a new row). */
  onSave: (draft: InitiativeDraft, expectedRevision: number | undefined) => Promise<SaveOutcome>
  onClose: () => void
  /** More of the row's detail below the form (its status log), saved by the same Gem. */
  children?: ReactNode
  /** Checks the detail before a save, showing its own messages; false: nothing is saved. */
  checkDetail?: () => boolean
  /** True while the detail holds changes that closing would lose. */
  detailUnsaved?: boolean
  /** Told of every change of the Status field (Rediger then offers a status-log entry). */
  onStatusChange?: (status: Status) => void
  /** Shown under the Status field (the offered status-log entry). */
  statusDetail?: ReactNode
}

export function InitiativeForm(props: InitiativeFormProps) {
  const { initiative, overview, today, areas, columns = BUILT_IN_COLUMNS, onSave, onClose, children, checkDetail, detailUnsaved = false, onStatusChange, statusDetail } = props
  const id = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const [opened] = useState<FormValues>(() => formValues(initiative, props.defaults))
  const [values, setValues] = useState<FormValues>(opened)
  const [issues, setIssues] = useState<DraftIssues>({})
  const [saving, setSaving] = useState(false)
  const [baseRevision, setBaseRevision] = useState(initiative?.revision)
  const [conflict, setConflict] = useState<{ theirs: Initiative; mine: InitiativeDraft } | null>(null)
  // Bumped by a refused Gem: then the first field with a message gets focus, in the form or in the detail.
  const [refused, setRefused] = useState(0)
  const set = (patch: Partial<FormValues>) => setValues((v) => ({ ...v, ...patch }))
  const extraColumns = columns.flatMap((c): ExtraColumn[] => (c.source.from === 'extra' ? [c.source.column] : []))
  const unsaved = detailUnsaved || JSON.stringify(values) !== JSON.stringify(opened)
  // Read as the table will read it once saved: a rewritten text of a rolled-forward row loses its old reference.
  const reference = initiative ? referenceDate(overview, initiative, values.deadlineText) : newRowReferenceDate(overview, today)

  useEffect(() => {
    if (refused) formRef.current?.closest('dialog')?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [refused])

  async function submit(event: FormEvent) {
    event.preventDefault()
    const checked = validateForm(values, extraColumns)
    const detailOk = checkDetail?.() ?? true
    setIssues(checked.ok ? {} : checked.issues)
    if (!checked.ok || !detailOk) return setRefused((n) => n + 1)
    await save(checked.draft, baseRevision)
  }

  async function save(draft: InitiativeDraft, revision: number | undefined) {
    setSaving(true)
    const outcome = await onSave(draft, revision)
    setSaving(false)
    if (outcome.kind === 'invalid') {
      setIssues(outcome.issues)
      setRefused((n) => n + 1)
    }
    if (outcome.kind === 'conflict') setConflict({ theirs: outcome.current, mine: draft })
  }

  function keepMine() {
    if (!conflict) return
    setBaseRevision(conflict.theirs.revision)
    setConflict(null)
    void save(conflict.mine, conflict.theirs.revision)
  }

  function useTheirs() {
    if (!conflict) return
    setValues(formValues(conflict.theirs))
    setBaseRevision(conflict.theirs.revision)
    setConflict(null)
    onStatusChange?.(conflict.theirs.status)
  }

  const fixed = parseDateEntry(values.fixedDeadline)
  // What only this form knows, for the kinds that need it: the live reading under a deadline text, the status-log note under Status.
  const below: Partial<Record<ColumnKind, ReactNode>> = {
    'deadline-text': <DeadlinePreview id={`${id}-reading`} text={values.deadlineText} reference={reference} fixed={fixed.ok && fixed.value ? fixed.value : undefined} />,
    status: <div aria-live="polite">{statusDetail}</div>,
  }
  const suggestions: Record<string, readonly string[]> = { area: areas }

  /** One field per editable column, in registry order: the built-ins, then the overview's extra columns. */
  function fieldOf(spec: ColumnSpec) {
    const Editor = FIELD_EDITORS[spec.kind]
    if (!Editor || !spec.editable || !spec.form) return null
    const extra = spec.source.from === 'extra'
    const key = extra ? (`extra:${spec.id}` as const) : (spec.id as keyof InitiativeDraft)
    const field = spec.source.from === 'field' ? spec.source.field : undefined
    const issue = issues[key]
    return (
      <Editor
        key={spec.id}
        id={extra ? `${id}-extra-${spec.id}` : `${id}-${spec.id}`}
        spec={spec}
        form={spec.form}
        value={field ? String(values[field] ?? '') : (values.extra[spec.id] ?? '')}
        onChange={(text) => {
          if (!field) return setValues((v) => ({ ...v, extra: { ...v.extra, [spec.id]: text } }))
          set({ [field]: text })
          if (spec.kind === 'status') onStatusChange?.(text as Status)
        }}
        error={issue ? (fieldErrors[issue] ?? fieldErrors.required ?? null) : null}
        describedBy={spec.kind === 'deadline-text' ? `${id}-reading` : undefined}
        suggestions={suggestions[spec.id]}
        below={below[spec.kind]}
      />
    )
  }

  return (
    <Dialog title={initiative ? t.edit : t.newInitiative} onClose={onClose} wide unsaved={unsaved}>
      {conflict && <ConflictPanel columns={columns} mine={conflict.mine} theirs={conflict.theirs} onKeepMine={keepMine} onUseTheirs={useTheirs} />}
      <form ref={formRef} id={`${id}-form`} noValidate onSubmit={submit} className="initiative-form">
        {columns.map(fieldOf)}
      </form>
      {children}
      {/* Below the detail too: one Gem saves everything in the dialog. */}
      <div className="app-dialog__footer">
        <button type="submit" form={`${id}-form`} className="button button-primary" disabled={saving}>{t.save}</button>
        <button type="button" className="button button-secondary" onClick={onClose}>{t.cancel}</button>
      </div>
    </Dialog>
  )
}
