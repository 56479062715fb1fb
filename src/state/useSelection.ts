import { useCallback, useSyncExternalStore } from 'react'
import type { Selection } from './selection.ts'
import {
  commitSelection,
  getSelectionSnapshot,
  getServerSelectionSnapshot,
  subscribeToSelection,
} from './url-store.ts'

export type SelectionUpdate = Partial<Selection> | ((current: Selection) => Partial<Selection>)
export type UpdateSelection = (update: SelectionUpdate, options?: { replace?: boolean }) => void

export function useSelection(): [Selection, UpdateSelection] {
  const selection = useSyncExternalStore(
    subscribeToSelection,
    getSelectionSnapshot,
    getServerSelectionSnapshot,
  )
  const update = useCallback<UpdateSelection>((change, options) => {
    const current = getSelectionSnapshot()
    const partial = typeof change === 'function' ? change(current) : change
    commitSelection({ ...current, ...partial }, options)
  }, [])
  return [selection, update]
}
