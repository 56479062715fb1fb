import { mapNotes } from '../../content/map-note.ts'
import { siteCopy } from '../../content/site.ts'
import { SourceRefs } from '../sources/SourceRefs.tsx'

/**
 * The map's source line: one visible sentence on what it shows, the full notes with their sources
 * one click away so the place panel keeps the room beside the article.
 */
export function MapNotes() {
  return (
    <div className="map-notes">
      <p className="map-caption">{siteCopy.map.caption}</p>
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
