// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { validateContent } from '../../../src/content/validate.ts'

describe('all content', () => {
  it('passes its schemas and cross-references (the same check the build runs)', () => {
    expect(validateContent()).toEqual([])
  })
})
