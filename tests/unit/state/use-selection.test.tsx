import { act, renderHook } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it } from 'vitest'
import { useSelection } from '../../../src/state/useSelection.ts'

const wrapper = ({ children }: { children: React.ReactNode }) => <StrictMode>{children}</StrictMode>

describe('useSelection', () => {
  it('reads the URL, pushes a history entry per change and follows back/forward', async () => {
    window.history.replaceState(null, '', '/?place=kaz')
    const { result } = renderHook(() => useSelection(), { wrapper })
    expect(result.current[0].place).toBe('kaz')

    const before = window.history.length
    act(() => result.current[1]({ place: 'rus' }))
    expect(window.location.search).toBe('?place=rus')
    expect(result.current[0].place).toBe('rus')
    expect(window.history.length).toBe(before + 1)

    act(() =>
      result.current[1]((current) => ({ compare: [...current.compare, 'china', 'zelensky'] })),
    )
    expect(window.location.search).toBe('?place=rus&compare=china,zelensky')

    await act(async () => {
      window.history.back()
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
    })
    expect(result.current[0]).toMatchObject({ place: 'rus', compare: [] })
  })

  it('does not push a history entry when nothing changes', () => {
    window.history.replaceState(null, '', '/?plan=china')
    const { result } = renderHook(() => useSelection(), { wrapper })
    const before = window.history.length
    act(() => result.current[1]({ plan: 'china' }))
    expect(window.history.length).toBe(before)
  })
})

describe('the URL store', () => {
  it('returns the prerendered empty selection itself for a URL that selects nothing', async () => {
    const { getSelectionSnapshot } = await import('../../../src/state/url-store.ts')
    const { EMPTY_SELECTION } = await import('../../../src/state/selection.ts')
    for (const search of ['', '?place=atlantis', '?compare=', '?view=borders']) {
      window.history.replaceState(null, '', `/${search}`)
      expect(getSelectionSnapshot()).toBe(EMPTY_SELECTION)
    }
    window.history.replaceState(null, '', '/?place=kaz')
    expect(getSelectionSnapshot()).not.toBe(EMPTY_SELECTION)
  })
})
