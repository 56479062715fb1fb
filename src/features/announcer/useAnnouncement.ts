import { useEffect, useRef, useState } from 'react'
import type { Selection } from '../../state/selection.ts'
import { describeChange, type Names } from './describe-change.ts'

/** Turns selection changes into a live-region message; the first render says nothing. */
export function useAnnouncement(selection: Selection, names: Names): string {
  const previous = useRef<Selection | null>(null)
  const [message, setMessage] = useState('')
  useEffect(
    function announceSelectionChange() {
      if (previous.current) {
        const text = describeChange(previous.current, selection, names)
        if (text) setMessage(text)
      }
      previous.current = selection
    },
    [selection, names],
  )
  return message
}
