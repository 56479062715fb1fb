import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { article } from '../../../src/content/article.ts'
import { borders, totalLandBorderKm } from '../../../src/content/borders.ts'
import { getPlace } from '../../../src/content/index.ts'
import { excerptsMentioning } from '../../../src/features/article/mentions-of.ts'
import { borderFigures, findBorder } from '../../../src/features/places/border-figures.ts'
import { PlacePanel } from '../../../src/features/places/PlacePanel.tsx'

const figures = borderFigures(borders, totalLandBorderKm)

function renderPanel(id: Parameters<typeof getPlace>[0]) {
  const onClear = vi.fn()
  render(
    <PlacePanel
      place={getPlace(id)}
      border={findBorder(figures, id)}
      excerpts={excerptsMentioning(article, id)}
      onClear={onClear}
    />,
  )
  return { onClear, panel: screen.getByRole('region', { name: getPlace(id).name }) }
}

describe('the place panel', () => {
  it("gives a neighbour's border length, its share and the figures other sources give", () => {
    const { panel } = renderPanel('rus')
    expect(within(panel).getByRole('heading', { level: 3, name: 'Russia' })).toBeInTheDocument()
    expect(panel).toHaveTextContent('7,644 km, 57.2% of Kazakhstan’s land border')
    expect(within(panel).getByText('Other published figures')).toBeInTheDocument()
    expect(panel).toHaveTextContent('7,591 km')
  })

  it('quotes what the article says about the place, linking back to each paragraph', () => {
    const { panel } = renderPanel('kgz')
    const link = within(panel).getByRole('link', { name: 'Read it in the article' })
    expect(link).toHaveAttribute('href', '#p-kazakhstan-bio')
    expect(panel).toHaveTextContent(
      'It borders Russia to the north and west, China to the east, Kyrgyzstan',
    )
  })

  it('links every fact to its source in the end notes', () => {
    const { panel } = renderPanel('kaz')
    const sourceLinks = within(panel)
      .getAllByRole('link')
      .filter((a) => a.getAttribute('href')?.startsWith('#source-'))
    expect(sourceLinks.length).toBeGreaterThanOrEqual(getPlace('kaz').facts.length)
  })

  it('shows no border figure for a place that is not a neighbour', () => {
    const { panel } = renderPanel('astana')
    expect(panel).not.toHaveTextContent('of Kazakhstan’s land border')
  })

  it('clears the selection from its button', async () => {
    const { onClear, panel } = renderPanel('chn')
    await userEvent.click(within(panel).getByRole('button', { name: 'Clear selection' }))
    expect(onClear).toHaveBeenCalledOnce()
  })
})
