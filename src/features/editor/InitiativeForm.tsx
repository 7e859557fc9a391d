/**
 * One form for Ny indsats and Rediger. It validates with the data model's zod
 * schema (Danish messages next to each field) and shows, as you type, how the
 * deadline text is read — which a fixed date (Fast frist) can override.
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { CATEGORIES, STATUSES, type Initiative, type InitiativeDraft } from '../../domain/model'
import { columnLabels, fieldErrors, statusLabels, t } from '../../strings'
import { Dialog } from '../../ui/Dialog'
import { DeadlinePreview } from './DeadlinePreview'
import { draftIssues, type DraftIssues } from './validate-draft'
import { ConflictPanel } from './ConflictPanel'

/** What became of a save: the caller maps storage results to these. */
export type SaveOutcome =
  | { kind: 'saved' }
  | { kind: 'invalid'; issues: DraftIssues }
  | { kind: 'conflict'; current: Initiative }
  | { kind: 'failed' }

interface InitiativeFormProps {
  /** The row being edited, or undefined for a new one. */
  initiative?: Initiative
  /** Prefill for a new row (e.g. the area of the group it was added from). */
  defaults?: Partial<InitiativeDraft>
  reference: string
  areas: string[]
  /** `expectedRevision` is the revision this form's edit is based on (undefined for a new row). */
  onSave: (draft: InitiativeDraft, expectedRevision: number | undefined) => Promise<SaveOutcome>
  onClose: () => void
  /** More of the row's detail below the form (its status log). */
  children?: ReactNode
}

const emptyDraft: InitiativeDraft = { area: '', category: 'A', title: '', method: '', deadlineText: '', status: 'not-started', owner: '', notes: '' }

export function InitiativeForm({ initiative, defaults, reference, areas, onSave, onClose, children }: InitiativeFormProps) {
  const id = useId()
  const [draft, setDraft] = useState<InitiativeDraft>(() => ({ ...emptyDraft, ...defaults, ...pickDraft(initiative) }))
  const [issues, setIssues] = useState<DraftIssues>({})
  const [saving, setSaving] = useState(false)
  const [baseRevision, setBaseRevision] = useState(initiative?.revision)
  const [conflict, setConflict] = useState<Initiative | null>(null)
  const set = (patch: Partial<InitiativeDraft>) => setDraft((d) => ({ ...d, ...patch }))

  async function submit(event: FormEvent) {
    event.preventDefault()
    const local = draftIssues(draft)
    setIssues(local)
    if (Object.keys(local).length) {
      document.getElementById(`${id}-${Object.keys(local)[0]}`)?.focus()
      return
    }
    await save(baseRevision)
  }

  async function save(revision: number | undefined) {
    setSaving(true)
    const outcome = await onSave(draft, revision)
    setSaving(false)
    if (outcome.kind === 'invalid') setIssues(outcome.issues)
    if (outcome.kind === 'conflict') setConflict(outcome.current)
  }

  function keepMine() {
    if (!conflict) return
    setBaseRevision(conflict.revision)
    setConflict(null)
    void save(conflict.revision)
  }

  function useTheirs() {
    if (!conflict) return
    setDraft({ ...emptyDraft, ...pickDraft(conflict) })
    setBaseRevision(conflict.revision)
    setConflict(null)
  }

  const field = (name: keyof InitiativeDraft) => ({
    id: `${id}-${name}`,
    'aria-invalid': issues[name] ? true : undefined,
    'aria-describedby': issues[name] ? `${id}-${name}-error` : undefined,
  })
  const error = (name: keyof InitiativeDraft) =>
    issues[name] ? (
      <span id={`${id}-${name}-error`} className="form-error-message">
        {fieldErrors[issues[name]] ?? fieldErrors.required}
      </span>
    ) : null
  const group = (name: keyof InitiativeDraft) => `form-group${issues[name] ? ' form-error' : ''}`

  return (
    <Dialog title={initiative ? t.edit : t.newInitiative} onClose={onClose} wide>
      {conflict && <ConflictPanel mine={draft} theirs={conflict} onKeepMine={keepMine} onUseTheirs={useTheirs} />}
      <form noValidate onSubmit={submit} className="initiative-form">
        <div className={group('area')}>
          <label className="form-label" htmlFor={`${id}-area`}>{columnLabels.area}</label>
          {error('area')}
          <input {...field('area')} className="form-input" list={`${id}-areas`} value={draft.area} onChange={(e) => set({ area: e.target.value })} />
          <datalist id={`${id}-areas`}>{areas.map((a) => <option key={a} value={a} />)}</datalist>
        </div>
        <div className={group('category')}>
          <label className="form-label" htmlFor={`${id}-category`}>{t.categoryField}</label>
          {error('category')}
          <select {...field('category')} className="form-select" value={draft.category} onChange={(e) => set({ category: e.target.value as InitiativeDraft['category'] })}>
            {CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </div>
        <div className={group('title')}>
          <label className="form-label" htmlFor={`${id}-title`}>{columnLabels.title}</label>
          {error('title')}
          <textarea {...field('title')} className="form-input" rows={3} value={draft.title} onChange={(e) => set({ title: e.target.value })} />
        </div>
        <div className={group('method')}>
          <label className="form-label" htmlFor={`${id}-method`}>{columnLabels.method}</label>
          {error('method')}
          <textarea {...field('method')} className="form-input" rows={4} value={draft.method} onChange={(e) => set({ method: e.target.value })} />
        </div>
        <div className={group('deadlineText')}>
          <label className="form-label" htmlFor={`${id}-deadlineText`}>{columnLabels.deadlineText}</label>
          {error('deadlineText')}
          <input {...field('deadlineText')} className="form-input" aria-describedby={`${id}-reading`} value={draft.deadlineText} onChange={(e) => set({ deadlineText: e.target.value })} />
          <DeadlinePreview id={`${id}-reading`} text={draft.deadlineText} reference={reference} fixed={draft.fixedDeadline} />
        </div>
        <div className={group('fixedDeadline')}>
          <label className="form-label" htmlFor={`${id}-fixedDeadline`}>{t.fixedDeadlineField}</label>
          <span className="form-hint" id={`${id}-fixed-hint`}>{t.fixedDeadlineHint}</span>
          {error('fixedDeadline')}
          <input {...field('fixedDeadline')} aria-describedby={issues.fixedDeadline ? `${id}-fixedDeadline-error` : `${id}-fixed-hint`} className="form-input form-input--date" type="date" value={draft.fixedDeadline ?? ''} onChange={(e) => set({ fixedDeadline: e.target.value || undefined })} />
        </div>
        <div className={group('status')}>
          <label className="form-label" htmlFor={`${id}-status`}>{columnLabels.status}</label>
          <select {...field('status')} className="form-select" value={draft.status} onChange={(e) => set({ status: e.target.value as InitiativeDraft['status'] })}>
            {STATUSES.map((s) => <option key={s} value={s}>{statusLabels[s]}</option>)}
          </select>
        </div>
        <div className={group('owner')}>
          <label className="form-label" htmlFor={`${id}-owner`}>{columnLabels.owner}</label>
          {error('owner')}
          <input {...field('owner')} className="form-input" value={draft.owner} onChange={(e) => set({ owner: e.target.value })} />
        </div>
        <div className={group('notes')}>
          <label className="form-label" htmlFor={`${id}-notes`}>{columnLabels.notes}</label>
          {error('notes')}
          <textarea {...field('notes')} className="form-input" rows={3} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
        </div>
        <div className="app-dialog__footer">
          <button type="submit" className="button button-primary" disabled={saving}>{t.save}</button>
          <button type="button" className="button button-secondary" onClick={onClose}>{t.cancel}</button>
        </div>
      </form>
      {children}
    </Dialog>
  )
}

function pickDraft(initiative: Initiative | undefined): Partial<InitiativeDraft> {
  if (!initiative) return {}
  const { area, category, title, method, deadlineText, fixedDeadline, status, owner, notes } = initiative
  return { area, category, title, method, deadlineText, fixedDeadline, status, owner, notes }
}
