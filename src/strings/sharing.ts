/**
 * Words of sharing: the Del oversigt and Åbn delt oversigt dialogs and the status line of a
 * shared overview. Loaded with them (only when an overview is shared or being shared):
 * imports nothing.
 */
export const sharingText = {
  shareIntro:
    'Oversigten gemmes også på kommunens egen server, så kolleger med en adgangsnøgle kan se og rette den. Din kopi her virker stadig uden net.',
  openIntro: 'Åbn en oversigt, som en kollega har delt. Du får en kopi her, som også virker uden net.',
  server: 'Serveradresse',
  serverHint: 'Fx https://indsats.kommune.dk',
  key: 'Adgangsnøgle',
  keyHint: 'Den nøgle, du har fået af it-afdelingen.',
  overview: 'Oversigt',
  overviewHint: 'Oversigtens link eller id.',
  share: 'Del',
  open: 'Åbn',
  connecting: 'Forbinder …',
  shared: 'Oversigten er delt.',
  link: 'Link til oversigten',
  linkHint: 'Send linket til dem, der skal arbejde med. De åbner det med deres egen adgangsnøgle.',
  copy: 'Kopiér link',
  copied: 'Linket er kopieret.',
  statusLabel: 'Deling',
  /** The Stop deling dialog (its title and button are in ./sharing-buttons). */
  stopIntro:
    'Oversigten bliver en almindelig oversigt i denne browser: din kopi beholder alle indsatser, statusopdateringer og versioner, men dine ændringer sendes ikke længere, og du får ikke de andres. De andre beholder deres kopi, og kopien på serveren bliver liggende.',
  stopConfirm: 'Stop deling',
  cancel: 'Annullér',
  status: {
    online: 'Delt · forbundet',
    offline: 'Delt · offline – ændringer sendes, når forbindelsen er tilbage',
    connecting: 'Delt · forbinder …',
    reader: 'Kun læseadgang',
    readerOffline: 'Kun læseadgang · offline',
    stopped: 'Delt · ikke forbundet',
  },
  /** One sentence per reason Del, Åbn or the connection did not work. */
  problems: {
    'invalid-address': 'Skriv serverens adresse, fx https://indsats.kommune.dk.',
    'missing-key': 'Skriv din adgangsnøgle.',
    'invalid-overview': 'Skriv oversigtens link eller id.',
    unreachable: 'Serveren svarer ikke. Tjek adressen, og at du er på nettet.',
    'access-denied': 'Serveren kender ikke adgangsnøglen. Tjek nøglen, eller bed it-afdelingen om en ny.',
    'overview-not-allowed': 'Adgangsnøglen giver ikke adgang til denne oversigt.',
    'invalid-overview-id': 'Serveren kan ikke gemme en oversigt med dette id.',
    'document-unreadable': 'Den delte oversigt kan ikke læses på serveren. Bed it-afdelingen om at lægge en sikkerhedskopi tilbage. Din kopi her er uændret.',
    'server-error': 'Serveren kan ikke læse sin liste over brugere. Prøv igen senere, eller kontakt it-afdelingen.',
    'reader-cannot-share': 'Adgangsnøglen giver kun læseadgang, så du kan ikke dele oversigten med den.',
    'not-found': 'Der er ingen delt oversigt med dette id på serveren.',
    storage: 'Den delte oversigt kunne ikke gemmes i browseren. Prøv igen.',
    revoked: 'Din adgang til den delte oversigt er fjernet på serveren. Din kopi her bliver ikke længere opdateret. Bed it-afdelingen om en ny adgangsnøgle.',
  },
} as const

export type SharingProblemCode = keyof typeof sharingText.problems
