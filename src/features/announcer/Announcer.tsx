export interface AnnouncerProps {
  message: string
}

/** A polite live region: screen readers hear selection changes without losing their place. */
export function Announcer({ message }: AnnouncerProps) {
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  )
}
