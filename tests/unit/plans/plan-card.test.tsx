import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { plans } from '../../../src/content/plans.ts'
import type { Plan } from '../../../src/content/plans-schema.ts'
import { positions } from '../../../src/content/positions.ts'
import { PlanCard } from '../../../src/features/plans/PlanCard.tsx'

function planById(id: Plan['id']): Plan {
  const plan = plans.find((p) => p.id === id)
  if (!plan) throw new Error(`plan ${id} missing from content`)
  return plan
}
const china = planById('china')
const chinaBrazil = planById('china-brazil')

function renderCard(plan: Plan = china, expanded = false) {
  const onToggle = vi.fn()
  const onShowOnMap = vi.fn()
  render(
    <PlanCard
      plan={plan}
      positions={positions.filter((p) => p.plan === plan.id)}
      expanded={expanded}
      onToggle={onToggle}
      onShowOnMap={onShowOnMap}
    />,
  )
  return { onToggle, onShowOnMap }
}

describe('a plan card', () => {
  it('is a disclosure whose button keeps the title a heading, collapsed by default', async () => {
    const { onToggle } = renderCard()
    const heading = screen.getByRole('heading', { level: 3, name: china.title })
    const toggle = within(heading).getByRole('button', { name: china.title })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('heading', { name: 'The points' })).toBeNull()
    await userEvent.click(toggle)
    expect(onToggle).toHaveBeenCalledOnce()
  })

  it('shows proponent, date, summary and the three headline stances while collapsed', () => {
    renderCard()
    expect(screen.getByText(/Proposed by China/)).toHaveTextContent(china.dateLabel)
    for (const term of ['Territory', 'Ceasefire', 'Talks'])
      expect(screen.getByText(term)).toBeVisible()
  })

  it('expanded, lists every point with its number and a source link', () => {
    renderCard(china, true)
    const list = screen
      .getAllByRole('list')
      .find((l) => l.classList.contains('plan-points')) as HTMLElement
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(12)
    expect(items[6]).toHaveAttribute('value', '7')
    for (const item of items) {
      expect(within(item).getAllByRole('link').length).toBeGreaterThan(0)
    }
  })

  it('says who backs and who rejects it, and links back to the article', () => {
    renderCard(chinaBrazil, true)
    expect(screen.getByRole('heading', { name: 'Who stands where' })).toBeInTheDocument()
    expect(screen.getAllByText('Backs').length).toBeGreaterThan(0)
    expect(screen.getAllByText('Rejects').length).toBeGreaterThan(0)
    expect(screen.getByRole('link', { name: /^Passage/ })).toHaveAttribute(
      'href',
      '#q-china-brazil',
    )
  })

  it('offers to show its proponents on the map', async () => {
    const { onShowOnMap } = renderCard(chinaBrazil, true)
    await userEvent.click(screen.getByRole('button', { name: 'Show its proponents on the map' }))
    expect(onShowOnMap).toHaveBeenCalledOnce()
  })
})
