import type { ComparisonCell, DimensionId } from '../../content/plans-schema.ts'
import { siteCopy } from '../../content/site.ts'
import { SourceRefs } from '../../shared/SourceRefs.tsx'
import type { Comparable } from './comparables.ts'

export interface ComparisonTableProps {
  columns: readonly Comparable[]
  dimensions: readonly { id: DimensionId; label: string }[]
  cells: readonly ComparisonCell[]
}

/**
 * A real table: one column per chosen position, one row per issue. On a phone it scrolls sideways
 * inside a labelled, focusable region so keyboard users can scroll it too.
 */
export function ComparisonTable({ columns, dimensions, cells }: ComparisonTableProps) {
  const copy = siteCopy.compare
  const cellFor = (plan: string, dimension: DimensionId) =>
    cells.find((c) => c.plan === plan && c.dimension === dimension)
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1)
    <section className="table-scroll comparison-scroll" aria-label={copy.tableRegion} tabIndex={0}>
      <table className="data-table comparison-table">
        <caption>{copy.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{copy.dimension}</th>
            {columns.map((column) => (
              <th key={column.id} scope="col">
                {column.name}
                <span className="column-date">
                  {column.dateLabel}
                  {column.isReference && ` · ${copy.reference}`}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {dimensions.map((dimension) => (
            <tr key={dimension.id}>
              <th scope="row">{dimension.label}</th>
              {columns.map((column) => {
                const cell = cellFor(column.id, dimension.id)
                return (
                  <td key={column.id}>
                    {cell ? (
                      <>
                        <span
                          className={`stance-word stance-word--${cell.stance.replace(' ', '-')}`}
                        >
                          {cell.stance}
                        </span>
                        <span className="cell-text">{cell.text}</span>
                        {cell.points.length > 0 && (
                          <span className="cell-points">
                            {cell.points.length === 1 ? copy.point : copy.points}{' '}
                            {cell.points.join(', ')}
                          </span>
                        )}
                        <SourceRefs ids={cell.sources} />
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
