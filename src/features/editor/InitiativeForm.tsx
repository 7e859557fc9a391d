/**
 * One form for Ny indsats and Rediger. Every field is checked before Gem (Danish messages
 * beside each field, nothing saved until all are right); it shows, as you type, how the
 * deadline text is read — which a fixed date (Fast frist) can override.
 *
 * Rediger also shows the row's detail below the form (its status log, composed in src/app):
 * Gem saves the form and the detail together, Annullér and every other way of closing drops
 * both, and closing with anything unsaved asks first.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { STATUSES, type Initiative, type InitiativeDraft, type Overview, type Status } from '../../domain/model'
import { newRowReferenceDate, referenceDate } from '../../domain/reference-date'
import { normaliseDateEntry, parseDateEntry } from '../../domain/date-entry'
import { INITIATIVE_TITLE_MAX } from '../../domain/limits'
import { columnLabels, fieldErrors, statusLabels, t } from '../../strings'
import { Dialog } from '../../ui/Dialog'
import { DateField } from '../../ui/DateField'
import { CharacterCount } from '../../ui/CharacterCount'
import { DeadlinePreview } from './DeadlinePreview'
import { formValues, validateForm, type DraftIssues, type FormValues } from './validate-draft'
import { categoryChoices } from './category-choices'
import { ConflictPanel } from './ConflictPanel'
import { ExtraFields } from './ExtraFields'
import { BUILT_IN_COLUMNS, type ColumnSpec, type ExtraColumn } from '../../domain/columns'

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

  const describe = (name: keyof InitiativeDraft, ...more: string[]) => [issues[name] ? `${id}-${name}-error` : '', ...more].filter(Boolean).join(' ') || undefined
  const field = (name: keyof InitiativeDraft, ...describedBy: string[]) => ({
    id: `${id}-${name}`,
    'aria-invalid': issues[name] ? true : undefined,
    'aria-describedby': describe(name, ...describedBy),
  })
  const message = (name: keyof InitiativeDraft) => (issues[name] ? (fieldErrors[issues[name]] ?? fieldErrors.required) : null)
  const error = (name: keyof InitiativeDraft) =>
    issues[name] ? (
      <span id={`${id}-${name}-error`} className="form-error-message">
        {message(name)}
      </span>
    ) : null
  const group = (name: keyof InitiativeDraft) => `form-group${issues[name] ? ' form-error' : ''}`
  const label = (name: keyof InitiativeDraft, text: string) => (
    <label className="form-label" htmlFor={`${id}-${name}`}>
      {text}
    </label>
  )
  const fixed = parseDateEntry(values.fixedDeadline)

  return (
    <Dialog title={initiative ? t.edit : t.newInitiative} onClose={onClose} wide unsaved={unsaved}>
      {conflict && <ConflictPanel columns={columns} mine={conflict.mine} theirs={conflict.theirs} onKeepMine={keepMine} onUseTheirs={useTheirs} />}
      <form ref={formRef} id={`${id}-form`} noValidate onSubmit={submit} className="initiative-form">
        <div className={group('area')}>
          {label('area', columnLabels.area)}
          {error('area')}
          <input {...field('area')} className="form-input" list={`${id}-areas`} value={values.area} onChange={(e) => set({ area: e.target.value })} />
          <datalist id={`${id}-areas`}>{areas.map((a) => <option key={a} value={a} />)}</datalist>
        </div>
        <div className={group('category')}>
          {label('category', t.categoryField)}
          {error('category')}
          <select {...field('category')} className="form-select" value={values.category} onChange={(e) => set({ category: e.target.value as FormValues['category'] })}>
            {categoryChoices(values.category).map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
          </select>
        </div>
        <div className={group('title')}>
          {label('title', columnLabels.title)}
          {error('title')}
          <textarea {...field('title', `${id}-title-count`)} className="form-input" rows={3} value={values.title} onChange={(e) => set({ title: e.target.value })} />
          <CharacterCount id={`${id}-title-count`} length={values.title.trim().length} max={INITIATIVE_TITLE_MAX} />
        </div>
        <div className={group('method')}>
          {label('method', columnLabels.method)}
          {error('method')}
          <textarea {...field('method')} className="form-input" rows={4} value={values.method} onChange={(e) => set({ method: e.target.value })} />
        </div>
        <div className={group('deadlineText')}>
          {label('deadlineText', columnLabels.deadlineText)}
          {error('deadlineText')}
          <input {...field('deadlineText', `${id}-reading`)} className="form-input" value={values.deadlineText} onChange={(e) => set({ deadlineText: e.target.value })} />
          <DeadlinePreview id={`${id}-reading`} text={values.deadlineText} reference={reference} fixed={fixed.ok && fixed.value ? fixed.value : undefined} />
        </div>
        <DateField
          id={`${id}-fixedDeadline`}
          label={t.fixedDeadlineField}
          hint={t.fixedDeadlineHint}
          value={values.fixedDeadline}
          onChange={(fixedDeadline) => set({ fixedDeadline })}
          normalize={normaliseDateEntry}
          invalid={Boolean(issues.fixedDeadline)}
        />
        <div className={group('status')}>
          {label('status', columnLabels.status)}
          <select
            {...field('status')}
            className="form-select"
            value={values.status}
            onChange={(e) => {
              const status = e.target.value as Status
              set({ status })
              onStatusChange?.(status)
            }}
          >
            {STATUSES.map((s) => <option key={s} value={s}>{statusLabels[s]}</option>)}
          </select>
          <div aria-live="polite">{statusDetail}</div>
        </div>
        <div className={group('owner')}>
          {label('owner', columnLabels.owner)}
          {error('owner')}
          <input {...field('owner')} className="form-input" value={values.owner} onChange={(e) => set({ owner: e.target.value })} />
        </div>
        <div className={group('notes')}>
          {label('notes', columnLabels.notes)}
          {error('notes')}
          <textarea {...field('notes')} className="form-input" rows={3} value={values.notes} onChange={(e) => set({ notes: e.target.value })} />
        </div>
        <ExtraFields idPrefix={id} columns={extraColumns} values={values.extra} issues={issues} onChange={(columnId, text) => setValues((v) => ({ ...v, extra: { ...v.extra, [columnId]: text } }))} />
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
