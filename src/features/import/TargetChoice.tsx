/** "Ny oversigt" (with its title) or "Tilføj til denne oversigt". */
import { importDialogText as tx } from '../../strings/import-dialog'
import type { ImportTarget } from './types'

interface TargetChoiceProps {
  idBase: string
  target: ImportTarget
  onTarget: (target: ImportTarget) => void
  title: string
  onTitle: (title: string) => void
  /** The open overview's title; absent on the empty start page, where only "Ny oversigt" is offered. */
  openTitle: string | undefined
}

/** The model's limit for an overview title. */
const MAX_TITLE = 300

export function TargetChoice({ idBase, target, onTarget, title, onTitle, openTitle }: TargetChoiceProps) {
  const options: [ImportTarget, string][] = openTitle === undefined ? [['new', tx.targetNew]] : [
    ['new', tx.targetNew],
    ['append', tx.targetAppend],
  ]
  return (
    <div className="import-target">
      <fieldset className="form-group">
        <legend className="form-label">{tx.targetLegend}</legend>
        {options.map(([value, label]) => (
          <div key={value} className="form-group-radio">
            <input
              id={`${idBase}-target-${value}`}
              className="form-radio"
              type="radio"
              name={`${idBase}-target`}
              checked={target === value}
              onChange={() => onTarget(value)}
            />
            <label htmlFor={`${idBase}-target-${value}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      {target === 'new' ? (
        <div className="form-group">
          <label className="form-label" htmlFor={`${idBase}-title`}>
            {tx.newTitleLabel}
          </label>
          <input id={`${idBase}-title`} className="form-input" type="text" maxLength={MAX_TITLE} value={title} onChange={(event) => onTitle(event.target.value)} />
        </div>
      ) : (
        <p className="form-hint">
          {tx.appendHint(openTitle ?? '')} {tx.appendKeepsLegend}
        </p>
      )}
    </div>
  )
}
