/** Storage sizes in Danish: "1,2 MB", "120 GB" (powers of 1000, as browsers and disks count). */
const UNITS = ['byte', 'kB', 'MB', 'GB', 'TB', 'PB'] as const

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?'
  let value = bytes
  let unit = 0
  for (;;) {
    const digits = unit === 0 || value >= 10 ? 0 : 1
    const rounded = Number(value.toFixed(digits))
    // 999.96 kB would print as "1.000 kB"; step up a unit instead.
    if (rounded >= 1000 && unit < UNITS.length - 1) {
      value /= 1000
      unit++
      continue
    }
    return `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: digits }).format(rounded)} ${UNITS[unit]}`
  }
}
