/**
 * The backup word the first screen needs: the top bar's button. Everything the restore
 * dialog says is in ./backup, which loads with it.
 */
export const backupButtonText = {
  restore: 'Gendan sikkerhedskopi',
} as const
