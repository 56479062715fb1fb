import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { article } from '../../../src/content/article.ts'
import { ArticleView } from '../../../src/features/article/ArticleView.tsx'

function renderArticle(selectedPlace: string | null = null) {
  const onActivateMention = vi.fn()
  const view = render(
    <ArticleView
      article={article}
      selectedPlace={selectedPlace}
      labelFor={(text, target) => `${text}: show ${target.id} on the map`}
      onActivateMention={onActivateMention}
    />,
  )
  return { ...view, onActivateMention }
}

describe('article mentions', () => {
  it.each([
    'Kazakhstan',
    'Russia',
    'Ukraine',
    'China',
    'Olaf Scholz',
    'Astana',
    'Istanbul',
    'Kyrgyzstan',
    'Uzbekistan',
    'Turkmenistan',
    'Caspian Sea',
    'Almaty',
  ])('turns "%s" into a button named for what it does', (phrase) => {
    renderArticle()
    const buttons = screen.getAllByRole('button', { name: new RegExp(`^${phrase}: show`) })
    expect(buttons.length).toBeGreaterThan(0)
  })

  it('leaves words that merely contain a name alone ("Russian", "Kazakhs")', () => {
    renderArticle()
    expect(screen.queryByRole('button', { name: /^Russian[: ]/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /^Kazakhs[: ]/ })).toBeNull()
  })

  it('prefers the longer phrase: the China–Brazil plan is one mention, not two countries', () => {
    renderArticle()
    const plan = screen.getByRole('button', { name: /^the peace plan of China and Brazil/ })
    expect(plan).toHaveAttribute('data-target', 'plan:china-brazil')
    expect(within(plan).queryByRole('button')).toBeNull()
  })

  it('reports the target when a mention is activated by mouse or keyboard', async () => {
    const user = userEvent.setup()
    const { onActivateMention } = renderArticle()
    const [astana] = screen.getAllByRole('button', { name: /^Astana: show/ })
    if (!astana) throw new Error('no Astana mention')
    await user.click(astana)
    expect(onActivateMention).toHaveBeenLastCalledWith({ kind: 'place', id: 'astana' })
    astana.focus()
    await user.keyboard('{Enter}')
    expect(onActivateMention).toHaveBeenCalledTimes(2)
  })

  it('marks every mention of the selected place as pressed, and only those', () => {
    renderArticle('rus')
    const pressed = screen.getAllByRole('button', { pressed: true })
    expect(pressed.length).toBeGreaterThan(3)
    for (const button of pressed) expect(button).toHaveAttribute('data-target', 'place:rus')
  })
})
