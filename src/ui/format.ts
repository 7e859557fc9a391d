/** Dates as Danish readers expect them ("20. januar 2021"), with date-fns' Danish locale. */
import { format, parseISO } from 'date-fns'
import { da } from 'date-fns/locale/da'

export function formatDanishDate(iso: string): string {
  if (!iso) return ''
  const date = parseISO(iso)
  return Number.isNaN(date.getTime()) ? iso : format(date, 'd. MMMM yyyy', { locale: da })
}

export function formatDanishDateTime(iso: string): string {
  const date = parseISO(iso)
  return Number.isNaN(date.getTime()) ? iso : format(date, "d. MMMM yyyy 'kl.' HH.mm", { locale: da })
}
