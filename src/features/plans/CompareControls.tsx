import type { ComparableId } from '../../content/ids.ts'
import { siteCopy } from '../../content/site.ts'
import type { Comparable } from './comparables.ts'

export interface CompareControlsProps {
  options: readonly Comparable[]
  chosen: readonly ComparableId[]
  onChange: (chosen: ComparableId[]) => void
}

/** Checkboxes: which positions go side by side. The order of the columns follows this list. */
export function CompareControls({ options, chosen, onChange }: CompareControlsProps) {
  const copy = siteCopy.compare
  const toggle = (id: ComparableId, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((c) => c !== id)
    onChange(options.map((o) => o.id).filter((o) => next.includes(o)))
  }
  return (
    <fieldset className="compare-controls">
      <legend>{copy.legend}</legend>
      {options.map((option) => (
        <label key={option.id} className="compare-option">
          <input
            type="checkbox"
            checked={chosen.includes(option.id)}
            onChange={(event) => toggle(option.id, event.currentTarget.checked)}
          />
          <span>
            {option.name}
            {option.isReference && <span className="compare-reference"> ({copy.reference})</span>}
          </span>
        </label>
      ))}
    </fieldset>
  )
}
