import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import {
  borders,
  totalLandBorderKm,
  totalLandBorderOtherFigures,
  totalLandBorderSources,
} from '../../../src/content/borders.ts'
import { getPlace } from '../../../src/content/index.ts'
import { BorderTable } from '../../../src/features/places/BorderTable.tsx'
import { borderFigures } from '../../../src/features/places/border-figures.ts'

function renderTable(selected: Parameters<typeof getPlace>[0] | null = null) {
  const onSelect = vi.fn()
  render(
    <BorderTable
      figures={borderFigures(borders, totalLandBorderKm)}
      totalKm={totalLandBorderKm}
      totalSources={totalLandBorderSources}
      otherTotals={totalLandBorderOtherFigures}
      nameOf={(id) => getPlace(id).name}
      selected={selected}
      onSelect={onSelect}
    />,
  )
  return { onSelect, table: screen.getByRole('table', { name: /Kazakhstan’s land borders/ }) }
}

describe("the table of Kazakhstan's land borders", () => {
  it('has one row per neighbour with length, share and source, and a total', () => {
    const { table } = renderTable()
    const rows = within(table).getAllByRole('row')
    expect(rows).toHaveLength(7)
    const rowHeaders = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent)
    expect(rowHeaders).toEqual([
      'Russia',
      'China',
      'Kyrgyzstan',
      'Uzbekistan',
      'Turkmenistan',
      'Total',
    ])
    expect(rows[2]).toHaveTextContent('China1,765 km13.2%')
    expect(rows[6]).toHaveTextContent('Total13,364 km100.0%')
  })

  it('selects a neighbour from its row, and shows which is selected', async () => {
    const { onSelect, table } = renderTable('uzb')
    expect(within(table).getByRole('button', { name: 'Uzbekistan' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(within(table).getByRole('button', { name: 'China' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    await userEvent.click(within(table).getByRole('button', { name: 'Turkmenistan' }))
    expect(onSelect).toHaveBeenCalledWith('tkm')
  })

  it('lists the totals other sources give, each with its source', () => {
    renderTable()
    const totals = screen.getByText('Other published totals:').nextElementSibling as HTMLElement
    expect(within(totals).getAllByRole('listitem')).toHaveLength(totalLandBorderOtherFigures.length)
    expect(totals).toHaveTextContent('12,012 km (CIA World Factbook 1994)')
  })

  it('shares add up to the total', () => {
    const shares = borderFigures(borders, totalLandBorderKm).reduce(
      (sum, f) => sum + f.sharePercent,
      0,
    )
    expect(shares).toBeCloseTo(100, 6)
  })
})
