/** Danish words in the web app manifest (what the browser shows when the app is installed). */
import { appName } from './core.ts'

export const pwaManifestText = {
  name: appName,
  /** At most 12 characters: shown under the icon on a home screen or task bar. */
  shortName: 'Indsatser',
  description: 'Overblik over indsatser – hold styr på indsatser, kategorier og frister til udvalgets møder. Alt gemmes lokalt i browseren.',
} as const
