/** Words every dialog shows: its close button and the question before closing loses typed text. Imports nothing, so it loads with whichever dialog comes first. */
export const dialogText = {
  close: 'Luk',
  unsavedQuestion: 'Du har skrevet noget, som ikke er gemt. Vil du lukke uden at gemme?',
  keepEditing: 'Fortsæt med at skrive',
  discard: 'Luk uden at gemme',
} as const
