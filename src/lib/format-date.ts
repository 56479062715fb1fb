const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * "2024-09-16" → "16 September 2024"; "2023-02" → "February 2023". Written by hand rather than with
 * Intl so the prerendered HTML and the browser always agree.
 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  const monthName = month ? MONTHS[Number(month) - 1] : undefined
  if (!monthName) return year ?? iso
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`
}
