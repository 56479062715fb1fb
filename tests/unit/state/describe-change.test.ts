// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { describeChange } from '../../../src/features/announcer/describe-change.ts'
import { EMPTY_SELECTION } from '../../../src/state/selection.ts'

const names = { place: (id: string) => id.toUpperCase() }

describe('what screen readers hear', () => {
  it('names the place selected, and says when the selection is cleared', () => {
    expect(describeChange(EMPTY_SELECTION, { ...EMPTY_SELECTION, place: 'rus' }, names)).toBe(
      'RUS selected.',
    )
    expect(describeChange({ ...EMPTY_SELECTION, place: 'rus' }, EMPTY_SELECTION, names)).toBe(
      'Place selection cleared.',
    )
  })

  it('tells the view and the comparison, and asks for two positions when fewer are chosen', () => {
    expect(describeChange(EMPTY_SELECTION, { ...EMPTY_SELECTION, view: 'actors' }, names)).toBe(
      'The map shows the story’s actors.',
    )
    expect(
      describeChange(
        EMPTY_SELECTION,
        { ...EMPTY_SELECTION, compare: ['china', 'zelensky'] },
        names,
      ),
    ).toBe('Comparing 2 positions.')
    expect(describeChange(EMPTY_SELECTION, { ...EMPTY_SELECTION, compare: ['china'] }, names)).toBe(
      'Choose at least two positions to compare.',
    )
  })

  it('says nothing when nothing it reports has changed', () => {
    expect(describeChange(EMPTY_SELECTION, { ...EMPTY_SELECTION, plan: 'china' }, names)).toBe('')
  })
})
