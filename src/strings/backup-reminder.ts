/** Words of the reminder to take a backup; loaded only when it is shown. */
export const backupReminderText = {
  reminder: 'Der er ændringer, som ikke er med i nogen sikkerhedskopi, og den ældste er mere end en uge gammel. Alt ligger kun i denne browser.',
  backupNow: 'Tag sikkerhedskopi nu',
  backupTaken: (fileName: string) => `Sikkerhedskopien er hentet som "${fileName}".`,
  backupFailed: 'Sikkerhedskopien kunne ikke laves. Intet er ændret — prøv igen.',
  dismissReminder: 'Ikke nu',
  backupFileName: (date: string) => `Indsatsoverblik sikkerhedskopi ${date}.json`,
} as const
