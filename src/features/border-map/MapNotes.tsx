import { mapNotes } from '../../content/map-note.ts'
import { siteCopy } from '../../content/site.ts'
import { SourceRefs } from '../../shared/SourceRefs.tsx'

/**
 * The map's full notes with their sources, one click away under the map, so the place panel keeps
 * the room beside the article. (The one-line caption above them is in the prerendered page.)
 */
export function MapNotes() {
  return (
    <div className="map-notes">
      <details>
        <summary>{siteCopy.map.aboutMap}</summary>
        {mapNotes.map((note) => (
          <p key={note.label}>
            <strong>{note.label}:</strong> {note.value}
            <SourceRefs ids={note.sources} />
          </p>
        ))}
      </details>
    </div>
  )
}
