/**
 * The vocabulary of the deadline grammar: every word that can start or shape a period,
 * looked up once per word through one Map. Adding a word form is one line here;
 * the rules in grammar.ts only see the class and value.
 */

export type WordClass =
  | 'month' // v = 1–12
  | 'ord' // ordinal word, v = 1–5; "sidste" is -1
  | 'quarter' // kvartal, kvt
  | 'half' // halvår
  | 'halfNoun' // halvdel ("2. halvdel af 2021")
  | 'week' // uge
  | 'season' // v = SEASON_*
  | 'school' // skoleår
  | 'mod' // primo/medio/ultimo, v = 1/2/3
  | 'modNoun' // begyndelsen/midten/slutningen … "af", v = 1/2/3
  | 'modAdv' // først/midt/sidst … "i"/"på", v = 1/2/3
  | 'letterQ' // "Q3"
  | 'letterH' // "H1"
  | 'theYear' // "året" (a year named without its number)

export interface Lexeme {
  readonly cls: WordClass
  readonly v: number
  /** An abbreviation ("jan", "sept"): may carry a period. */
  readonly abbr: boolean
}

export const SEASON_SPRING = 1
export const SEASON_SUMMER = 2
export const SEASON_AUTUMN = 3
export const SEASON_WINTER = 4
export const SEASON_EARLY_SUMMER = 5
export const SEASON_LATE_SUMMER = 6
/** "årsskiftet 2021/22": December to January, the turn of the year. */
export const SEASON_NEW_YEAR = 7

export const LEXICON = new Map<string, Lexeme>()

function add(cls: WordClass, v: number, words: string, abbr = false): void {
  for (const word of words.split(' ')) {
    const lexeme: Lexeme = { cls, v, abbr }
    // Writers without a Danish keyboard type "foraaret", "halvaar", "foerste":
    // the same word, so the same lexeme.
    for (const variant of [word, ascii(word, 'aa', 'oe', 'ae'), ascii(word, 'a', 'o', 'ae')]) {
      if (!LEXICON.has(variant)) LEXICON.set(variant, lexeme)
    }
  }
}

function ascii(word: string, aa: string, oe: string, ae: string): string {
  return word.replaceAll('å', aa).replaceAll('ø', oe).replaceAll('æ', ae)
}

const MONTHS = [
  ['januar', 'jan'],
  ['februar', 'feb febr'],
  ['marts', 'mar mrt'],
  ['april', 'apr'],
  ['maj', ''],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['august', 'aug'],
  ['september', 'sep sept'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'dec'],
] as const
MONTHS.forEach(([full, short], index) => {
  add('month', index + 1, full)
  if (short) add('month', index + 1, short, true)
})

add('ord', 1, 'første')
add('ord', 2, 'anden andet')
add('ord', 3, 'tredje')
add('ord', 4, 'fjerde')
add('ord', 5, 'femte')
add('ord', -1, 'sidste')

add('quarter', 0, 'kvartal kvartaler kvartalet')
add('quarter', 0, 'kvt', true)
add('half', 0, 'halvår halvåret')
add('halfNoun', 0, 'halvdel halvdelen')
add('week', 0, 'uge ugerne uger')
add('school', 0, 'skoleår skoleåret')

add('season', SEASON_SPRING, 'forår foråret')
add('season', SEASON_SUMMER, 'sommer sommeren')
// "høsten" is the older word for autumn and still turns up in minutes.
add('season', SEASON_AUTUMN, 'efterår efteråret høsten')
add('season', SEASON_WINTER, 'vinter vinteren')
add('season', SEASON_EARLY_SUMMER, 'forsommer forsommeren')
add('season', SEASON_LATE_SUMMER, 'sensommer sensommeren')
add('season', SEASON_NEW_YEAR, 'årsskiftet årsskifte')

add('mod', 1, 'primo')
add('mod', 2, 'medio')
add('mod', 3, 'ultimo')
add('modNoun', 1, 'begyndelsen starten')
add('modNoun', 2, 'midten')
add('modNoun', 3, 'slutningen udgangen afslutningen')
add('modAdv', 1, 'først')
add('modAdv', 2, 'midt')
add('modAdv', 3, 'sidst')

add('letterQ', 0, 'q')
add('letterH', 0, 'h')
add('theYear', 0, 'året')

/**
 * A year right after one of these is part of a name, not a date ("Budget 2023",
 * "digitaliseringsstrategi 2011-2015", "3. kvartalsrapport 2024"). Matched as a
 * substring so inflections and compounds count too.
 */
export const NAME_STEMS = ['budget', 'regnskab', 'strategi', 'plan', 'politik', 'aftale', 'mål', 'maal', 'rapport']

/** Verbs and adjectives that merely contain a stem ("planlægges 2022", "afrapportering 2022") are not names. */
export const NAME_STEM_EXCEPTIONS = ['planl', 'rapportere', 'rapporteri', 'budgettere', 'strategisk', 'aftales', 'måles', 'målt', 'målret']

/** After a number, these make it a quantity, never a year ("2000 kr.", "2025 borgere"). */
export const QUANTITY_WORDS = new Set([
  'kr', 'kroner', 'mio', 'mia', 'mill', 'stk', 'personer', 'borgere', 'elever', 'børn', 'timer', 'dage',
  'medarbejdere', 'ansatte', 'procent', 'pct', 'årige', 'm', 'km', 'tusind', 'euro',
])

/** Before a number, these make it a count or an identifier ("ca. 2000", "nr. 2021"). */
export const NUMBER_PREFIXES = new Set(['nr', 'nummer', 'ca', 'cirka', 'kl', 'sagsnr', 'jnr', 'j', 'løbenr', 'lbnr'])

/** Before a yearless d/m or d.m. date, these show it is a date and not a fraction ("d. 1/3"). */
export const DATE_CONTEXT = new Set(['den', 'd', 'pr', 'per', 'senest', 'inden', 'før', 'fra'])
