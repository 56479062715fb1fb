import { MAP_VIEWS, type MapView } from '../../content/ids.ts'
import { siteCopy } from '../../content/site.ts'

export interface ViewSwitchProps {
  view: MapView
  onChange: (view: MapView) => void
}

/** A labelled pair of radio buttons: which view the map shows. */
export function ViewSwitch({ view, onChange }: ViewSwitchProps) {
  return (
    <fieldset className="view-switch">
      <legend>{siteCopy.map.viewLegend}</legend>
      {MAP_VIEWS.map((option) => (
        <label key={option} className="view-option">
          <input
            type="radio"
            name="map-view"
            value={option}
            checked={view === option}
            onChange={() => onChange(option)}
          />
          <span>{siteCopy.map.views[option]}</span>
        </label>
      ))}
    </fieldset>
  )
}
