import { describe, expect, it } from 'vitest'
import {
  EMPTY_SELECTION,
  parseSelection,
  type Selection,
  serializeSelection,
} from '../../../src/state/selection.ts'

describe('URL selection state', () => {
  it('round-trips a full selection through the query string', () => {
    const selection: Selection = {
      place: 'chn',
      plan: 'china-brazil',
      compare: ['china', 'zelensky', 'russia-terms'],
      view: 'actors',
    }
    const query = serializeSelection(selection)
    expect(query).toBe(
      '?place=chn&plan=china-brazil&compare=china,zelensky,russia-terms&view=actors',
    )
    expect(parseSelection(query)).toEqual(selection)
  })

  it('serializes nothing for the default view', () => {
    expect(serializeSelection(EMPTY_SELECTION)).toBe('')
  })

  it.each([
    ['', EMPTY_SELECTION],
    ['?place=atlantis', EMPTY_SELECTION],
    ['?place=<script>alert(1)</script>', EMPTY_SELECTION],
    ['?plan=china%00', EMPTY_SELECTION],
    ['?compare=,,,china,,nope,china', { ...EMPTY_SELECTION, compare: ['china'] }],
    ['?view=satellite', EMPTY_SELECTION],
    ['?place=RUS', { ...EMPTY_SELECTION, place: 'rus' }],
    [`?place=${'k'.repeat(5000)}`, EMPTY_SELECTION],
    ['?%E0%A4%A=1&place=kaz', { ...EMPTY_SELECTION, place: 'kaz' }],
    ['?place=kaz&place=rus', { ...EMPTY_SELECTION, place: 'kaz' }],
  ])('ignores garbage in %s', (query, expected) => {
    expect(parseSelection(query)).toEqual(expected)
  })
})
