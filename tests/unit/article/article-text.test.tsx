import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { article } from '../../../src/content/article.ts'
import { ArticleView } from '../../../src/features/article/ArticleView.tsx'

const seed = readFileSync(resolve(process.cwd(), '../shared/seed/article.txt'), 'utf8')
const seedParagraphs = seed
  .split('\n')
  .map((line) => line.trim())
  .filter(Boolean)

function renderArticle() {
  return render(
    <ArticleView
      article={article}
      selectedPlace={null}
      labelFor={(text) => `${text}: show on the map`}
      onActivateMention={() => {}}
    />,
  )
}

describe('the article, word for word', () => {
  it('renders every paragraph of the seed, in order and unchanged', () => {
    const { container } = renderArticle()
    const rendered = container.textContent ?? ''
    let cursor = 0
    for (const paragraph of seedParagraphs) {
      const found = rendered.indexOf(paragraph, cursor)
      expect(found, `missing or out of order: "${paragraph.slice(0, 60)}…"`).toBeGreaterThanOrEqual(
        cursor,
      )
      cursor = found + paragraph.length
    }
    expect(seedParagraphs).toHaveLength(22)
  })

  it('has the headline as its only h1 and "Details" as a section heading', () => {
    renderArticle()
    const h1s = screen.getAllByRole('heading', { level: 1 })
    expect(h1s).toHaveLength(1)
    expect(h1s[0]).toHaveTextContent(seedParagraphs[0] ?? '')
    expect(screen.getByRole('heading', { level: 2, name: 'Details' })).toBeInTheDocument()
  })

  it("renders China's plan as a list of four items", () => {
    renderArticle()
    const list = screen.getAllByRole('list').find((l) => l.id === 'list-china-plan')
    expect(list?.querySelectorAll('li')).toHaveLength(4)
  })

  it('marks up the quotations as quotations, keeping the original marks', () => {
    const { container } = renderArticle()
    const quotes = [...container.querySelectorAll('q')].map((q) => q.textContent)
    expect(quotes).toContain('"at least a truce"')
    expect(quotes).toContain(
      '"would mean that NATO countries, the United States, and European countries are fighting Russia.”',
    )
  })

  it('credits the original publication, its source and the photo', () => {
    renderArticle()
    expect(screen.getByRole('link', { name: 'Original article' })).toHaveAttribute(
      'href',
      article.attribution.url,
    )
    expect(screen.getByText(/citing zakon\.kz/)).toBeInTheDocument()
    expect(screen.getByText(/Radosław Drożdżewski/)).toBeInTheDocument()
  })
})
