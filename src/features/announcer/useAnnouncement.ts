import { useEffect, useRef, useState } from 'react'
import type { Selection } from '../../state/selection.ts'
import { getSelectionSnapshot } from '../../state/url-store.ts'
import { describeChange, type Names } from './describe-change.ts'

/**
 * Turns the reader's selection changes into a live-region message. Loading a shared link says
 * nothing: the first comparison is against the URL's own selection, not the empty prerendered one.
 */
export function useAnnouncement(selection: Selection, names: Names): string {
  const previous = useRef<Selection | null>(null)
  const [message, setMessage] = useState('')
  useEffect(
    function announceSelectionChange() {
      if (!previous.current) {
        previous.current = getSelectionSnapshot()
        return
      }
      if (selection === previous.current) return
      const text = describeChange(previous.current, selection, names)
      previous.current = selection
      if (!text) return
      // Emptied first, so the same words said twice (two places in a row) are read twice.
      setMessage('')
      const frame = requestAnimationFrame(() => setMessage(text))
      return function cancelAnnouncement() {
        cancelAnimationFrame(frame)
      }
    },
    [selection, names],
  )
  return message
}
