import { mapNotes } from '../../content/map-note.ts'
import { SourceRefs } from '../sources/SourceRefs.tsx'

/** The map's source line: what it shows and where the data comes from. */
export function MapNotes() {
  return (
    <div className="map-notes">
      {mapNotes.map((note) => (
        <p key={note.label}>
          <strong>{note.label}:</strong> {note.value}
          <SourceRefs ids={note.sources} />
        </p>
      ))}
    </div>
  )
}
