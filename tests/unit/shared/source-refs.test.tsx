import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SourceRefs } from '../../../src/shared/SourceRefs.tsx'

describe('inline citations', () => {
  it('name each source by publisher and link to its end note', () => {
    render(<SourceRefs ids={['kz-timesca-invincible']} />)
    expect(screen.getByRole('link', { name: 'The Times of Central Asia' })).toHaveAttribute(
      'href',
      '#source-kz-timesca-invincible',
    )
  })

  it('use the title where two cited sources share a publisher', () => {
    render(<SourceRefs ids={['kz-factbook-kazakhstan', 'kz-factbook-russia']} />)
    const names = screen.getAllByRole('link').map((a) => a.textContent)
    expect(new Set(names).size).toBe(2)
    expect(names[0]).toMatch(/Kazakhstan/)
    expect(names[1]).toMatch(/Russia/)
  })
})
