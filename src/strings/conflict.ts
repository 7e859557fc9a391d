/** Words of the editor's conflict panel, which loads with the row form. */

/** A save that meets a newer version of the row, saved in another tab. */
export const conflictText = {
  heading: 'Rækken er ændret i et andet vindue',
  explain: 'Nogen har gemt en anden version af denne indsats, efter du åbnede formularen. Intet er overskrevet. Vælg hvilken version der skal gælde.',
  caption: 'Forskelle mellem din version og den gemte version',
  field: 'Felt',
  mine: 'Din version',
  theirs: 'Gemt i det andet vindue',
  same: 'De to versioner har samme indhold.',
  keepMine: 'Gem min version',
  useTheirs: 'Brug den gemte version',
} as const
