import { siteCopy } from '../../content/site.ts'

export interface SelectionBarProps {
  placeName: string | null
  onClear: () => void
}

/**
 * On a phone the map sits below the article, so a tapped mention would change nothing in sight:
 * this bar, shown only on narrow screens, says what is selected and leads to the map.
 */
export function SelectionBar({ placeName, onClear }: SelectionBarProps) {
  if (!placeName) return null
  const copy = siteCopy.selectionBar
  return (
    <div className="selection-bar">
      <p className="selection-bar-text">
        <span className="visually-hidden">{copy.selected} </span>
        {placeName}
      </p>
      <a className="selection-bar-link" href="#map-heading">
        {copy.showMap}
      </a>
      <button
        type="button"
        className="quiet-button"
        onClick={onClear}
        aria-label={`${copy.clear}: ${placeName}`}
      >
        {copy.clear}
      </button>
    </div>
  )
}
