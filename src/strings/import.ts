/**
 * The import words the first screen needs (the toolbar button and what it says after
 * an import). Everything the dialog says is in ./import-dialog, which loads with it.
 */
import { countOf } from './number'

export const importButtonText = {
  open: 'Importér',
  done: (n: number) => `${countOf(n, 'indsats', 'indsatser')} er importeret.`,
  undo: 'Fortryd import',
  undone: 'Importen er fortrudt.',
} as const
