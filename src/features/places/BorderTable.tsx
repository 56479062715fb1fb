import type { PlaceId } from '../../content/ids.ts'
import type { Border } from '../../content/schema.ts'
import { siteCopy } from '../../content/site.ts'
import { SourceRefs } from '../../shared/SourceRefs.tsx'
import { type BorderFigure, formatKm, formatShare } from './border-figures.ts'

export interface BorderTableProps {
  figures: readonly BorderFigure[]
  totalKm: number
  totalSources: readonly string[]
  /** Totals other sources give, listed under the table because sources disagree. */
  otherTotals: Border['otherFigures']
  nameOf: (id: PlaceId) => string
  selected: PlaceId | null
  onSelect: (id: PlaceId) => void
}

/** The map's text alternative and printable version: one row per land border. */
export function BorderTable({
  figures,
  totalKm,
  totalSources,
  otherTotals,
  nameOf,
  selected,
  onSelect,
}: BorderTableProps) {
  const copy = siteCopy.borderTable
  return (
    <section
      id="border-table"
      className="border-table-section"
      aria-labelledby="border-table-heading"
    >
      <h2 id="border-table-heading">{copy.heading}</h2>
      <p className="section-intro">{copy.intro}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1) */}
      <section className="table-scroll" aria-labelledby="border-table-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="border-table-caption">{copy.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{copy.columns.neighbour}</th>
              <th scope="col" className="numeric">
                {copy.columns.length}
              </th>
              <th scope="col" className="numeric">
                {copy.columns.share}
              </th>
              <th scope="col">{copy.columns.source}</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((figure) => (
              <tr
                key={figure.neighbour}
                className={figure.neighbour === selected ? 'is-selected' : undefined}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="row-button"
                    aria-pressed={figure.neighbour === selected}
                    onClick={() => onSelect(figure.neighbour)}
                  >
                    {nameOf(figure.neighbour)}
                  </button>
                </th>
                <td className="numeric">{formatKm(figure.lengthKm)}</td>
                <td className="numeric">{formatShare(figure.sharePercent)}</td>
                <td>
                  <SourceRefs ids={figure.sources} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{copy.total}</th>
              <td className="numeric">{formatKm(totalKm)}</td>
              <td className="numeric">{formatShare(100)}</td>
              <td>
                <SourceRefs ids={totalSources} />
              </td>
            </tr>
          </tfoot>
        </table>
      </section>
      <p className="table-note">{copy.note}</p>
      <p className="table-note">{copy.otherTotals}</p>
      <ul className="table-note other-figures">
        {otherTotals.map((figure) => (
          <li key={figure.value}>
            {figure.value}
            <SourceRefs ids={figure.sources} />
          </li>
        ))}
      </ul>
    </section>
  )
}
