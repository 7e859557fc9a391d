/** What the import button says about the example it replaces (the first screen has the button, so this file imports nothing). */
export const exampleImportText = {
  /** In the import dialog, before anything is imported. */
  replaces: 'Importerer du til en ny oversigt, erstatter den eksemplet, som du ikke har ændret i. "Fortryd import" henter eksemplet tilbage.',
  /** After the import that replaced it: follows "19 indsatser er importeret." */
  removed: 'Eksemplet er fjernet.',
} as const
