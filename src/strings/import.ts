/**
 * The import words the first screen needs (the toolbar button and what it says after
 * an import). Everything the dialog says is in ./import-dialog, which loads with it.
 */
export const importButtonText = {
  open: 'Importér',
  done: (n: number) => `${n} ${n === 1 ? 'indsats' : 'indsatser'} er importeret.`,
  undo: 'Fortryd import',
  undone: 'Importen er fortrudt.',
} as const
