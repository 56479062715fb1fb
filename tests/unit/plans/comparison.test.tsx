import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { comparisonCells, dimensions } from '../../../src/content/comparison.ts'
import type { ComparableId } from '../../../src/content/ids.ts'
import { CompareControls } from '../../../src/features/plans/CompareControls.tsx'
import { ComparisonTable } from '../../../src/features/plans/ComparisonTable.tsx'
import { comparables } from '../../../src/features/plans/comparables.ts'

function Harness({ initial }: { initial: ComparableId[] }) {
  const [chosen, setChosen] = useState<ComparableId[]>(initial)
  const columns = comparables.filter((c) => chosen.includes(c.id))
  return (
    <>
      <CompareControls options={comparables} chosen={chosen} onChange={setChosen} />
      {columns.length >= 2 && (
        <ComparisonTable columns={columns} dimensions={dimensions} cells={comparisonCells} />
      )}
    </>
  )
}

describe('the comparison', () => {
  it('builds a captioned table with scoped headers for the chosen positions', () => {
    render(<Harness initial={['china', 'zelensky']} />)
    const table = screen.getByRole('table', { name: 'How the chosen positions treat each issue' })
    const columnHeaders = within(table).getAllByRole('columnheader')
    expect(columnHeaders.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col'])
    expect(within(table).getAllByRole('rowheader')).toHaveLength(11)
    const withdrawal = within(table).getByRole('row', { name: /Russian troop withdrawal/ })
    expect(withdrawal).toHaveTextContent(/not addressed/)
    expect(withdrawal).toHaveTextContent(/required/)
  })

  it('adds and removes columns from the checkboxes, in a fixed order', async () => {
    render(<Harness initial={['zelensky']} />)
    expect(screen.queryByRole('table')).toBeNull()
    await userEvent.click(screen.getByRole('checkbox', { name: /Russia's stated conditions/ }))
    await userEvent.click(screen.getByRole('checkbox', { name: "China's 12 points" }))
    const headers = within(screen.getByRole('table')).getAllByRole('columnheader')
    expect(headers.map((h) => h.childNodes[0]?.textContent)).toEqual([
      'Issue',
      "China's 12 points",
      "Zelensky's Peace Formula",
      "Russia's stated conditions (Putin, 14 June 2024)",
    ])
  })

  it('sits in a focusable, labelled region so it can scroll sideways on a phone', () => {
    render(<Harness initial={['china', 'china-brazil']} />)
    const region = screen.getByRole('region', { name: 'Comparison table, scrolls sideways' })
    expect(region).toHaveAttribute('tabindex', '0')
  })
})
