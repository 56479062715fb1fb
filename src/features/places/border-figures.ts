import type { PlaceId } from '../../content/ids.ts'
import type { Border } from '../../content/schema.ts'

export interface BorderFigure extends Border {
  /** Share of Kazakhstan's total land border, in per cent, computed from the same source's figures. */
  sharePercent: number
}

export function borderFigures(borders: readonly Border[], totalKm: number): BorderFigure[] {
  return borders.map((border) => ({
    ...border,
    sharePercent: (border.lengthKm / totalKm) * 100,
  }))
}

export function findBorder(
  figures: readonly BorderFigure[],
  place: PlaceId,
): BorderFigure | undefined {
  return figures.find((f) => f.neighbour === place)
}

const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 })
const percent = new Intl.NumberFormat('en-GB', {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
})

export function formatKm(value: number): string {
  return `${km.format(value)} km`
}

export function formatShare(value: number): string {
  return `${percent.format(value)}%`
}
