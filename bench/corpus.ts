/**
 * The words the bench's generated overviews are made of, all taken from the project's
 * own fixtures: Bilag 1's titles and methods (tests/fixtures/bilag1.expected.json) and
 * every deadline phrase written in tests/fixtures/deadlines.md (dates, spans, done,
 * ongoing and no-date texts), plus the deadline bench's phrases. The page (bench/in-page.js)
 * combines them with a seeded PRNG, so every run writes the same overview.
 */
import { readFileSync } from 'node:fs'
import { benchPhrases } from './deadline'
import { STATUSES, type Legend, type Status } from '../src/domain/model'
import { statusLabels } from '../src/strings'

export interface Corpus {
  titles: string[]
  methods: string[]
  sentences: string[]
  fragments: string[]
  areas: string[]
  owners: string[]
  deadlines: string[]
  legend: Legend
  meetingDate: string
  statusLabels: Record<Status, string>
}

interface BilagFixture {
  legend: Legend
  initiatives: { area: string; title: string; method: string; deadlineText: string }[]
}

/** Backticked and quoted phrases of deadlines.md that are deadline texts (not field names). */
export function deadlinePhrases(markdown: string): string[] {
  const fieldNames = new Set(['date', 'done', 'ongoing', 'none', 'start', 'end', 'precision', 'matched', 'reference', 'day', 'week', 'month', 'part-of-month', 'quarter', 'half-year', 'season', 'part-of-year', 'year', 'range', 'kind', 'fields'])
  const found = new Set<string>()
  for (const m of markdown.matchAll(/`([^`\n]+)`|"([^"\n]+)"/g)) {
    const text = (m[1] ?? m[2] ?? '').trim()
    // Skips field names and the English prose that a quote pair can span.
    if (text.length < 3 || fieldNames.has(text) || /^[^\p{L}\d]/u.test(text) || /\b(is|one|no date|parseDeadline|YYYY)\b/.test(text)) continue
    found.add(text)
  }
  return [...found]
}

const AREAS = [
  'Tilsyn, forældreinddragelse og børn med særlige behov',
  'Central understøttelse',
  'Styrket administrativ praksis',
  'Rekruttering og fastholdelse',
  'Inklusion og specialtilbud',
  'Sprog og tidlig indsats',
  'Skolernes fysiske rammer',
  'Digitalisering og it-understøttelse',
  'Økonomistyring',
  'Trivsel og fravær',
  'Ungdomsuddannelse og overgange',
  'Kompetenceudvikling af pædagogisk personale',
  'Forældresamarbejde',
  'Sundhed og bevægelse',
  'Klima og bæredygtighed',
  'Kvalitetsrapport og opfølgning',
  'Fritidstilbud og klubber',
  'Ledelse og organisering',
  'Tosprogede børn og unge',
  'Kommunikation og åbenhed',
]

const OWNERS = ['BUF', 'BUF, Jura', 'BUF, HR', 'BUF, Økonomi', 'Pladsanvisningen', 'Skoleafdelingen', 'Dagtilbudsafdelingen', 'Tilsynsenheden', 'Center for Policy', 'Områdechefer', 'Forvaltningsledelsen', 'Ungdommens Uddannelsesvejledning']

const FRAGMENTS = [
  'opfølgning i BUU',
  'i samarbejde med forældrebestyrelserne',
  'med fokus på de mindste børn',
  'herunder evaluering efter første år',
  'jf. budgetaftalen',
  'som led i kvalitetsrapporten',
  'i dialog med MED-udvalget',
  'for skoler og dagtilbud',
  'med inddragelse af Københavns Forældreorganisation',
  'pilotprojekt i tre bydele',
  'udvidelse til hele kommunen',
  'afrapportering til udvalget',
]

export function loadCorpus(): Corpus {
  const bilag = JSON.parse(readFileSync('tests/fixtures/bilag1.expected.json', 'utf8')) as BilagFixture
  const md = readFileSync('tests/fixtures/deadlines.md', 'utf8')
  const titles = bilag.initiatives.map((i) => i.title)
  const methods = bilag.initiatives.map((i) => i.method).filter(Boolean)
  const sentences = [...new Set([...methods, ...Object.values(bilag.legend)].flatMap((text) => text.split(/(?<=[.!?])\s+/)).map((s) => s.trim()).filter((s) => s.length > 20))]
  const phrases = deadlinePhrases(md)
  // Every form from deadlines.md once, the Bilag's own texts, and the deadline bench's mix.
  const deadlines = [...phrases, ...bilag.initiatives.map((i) => i.deadlineText), ...new Set(benchPhrases(400))]
  return {
    titles,
    methods,
    sentences,
    fragments: FRAGMENTS,
    areas: [...new Set([...bilag.initiatives.map((i) => i.area), ...AREAS])].slice(0, 20),
    owners: OWNERS,
    deadlines,
    legend: bilag.legend,
    meetingDate: '2025-06-18',
    statusLabels: Object.fromEntries(STATUSES.map((s) => [s, statusLabels[s]])) as Record<Status, string>,
  }
}
