/**
 * Benchmark: how many deadline phrases parseDeadline reads per second.
 * Run: npx tsx bench/deadline.ts [count]   (target ≥ 200,000 phrases/s; not a timed test)
 *
 * The phrases are drawn from every form in tests/fixtures/deadlines.md, the Bilag 1
 * deadline texts, and plain prose, with varying years so no two consecutive calls
 * see the same string.
 */
import { pathToFileURL } from 'node:url'
import { parseDeadline } from '../src/domain/deadline/index'

const FORMS = [
  '20. januar {y}', '20. jan. {y}', '20.januar {y}', 'onsdag den 20. januar {y}', '20.1.{yy}', '20.01.{y}', '20-01-{y}',
  '20/1 {y}', '{y}-01-20', 'februar {y}', 'feb. {y}', 'april/maj {y}', 'april-maj {y}', 'april–maj {y}', 'april til maj {y}',
  'primo marts {y}', 'medio marts {y}', 'ultimo marts {y}', 'primo {y}', 'medio {y}', 'ultimo {y}', '3. kvartal {y}',
  'tredje kvartal {y}', '3. kvartal af {y}', 'Q3 {y}', '3. kvt. {y}', '1. halvår {y}', 'første halvår {y}', '2. halvår {y}',
  'andet halvår {y}', 'foråret {y}', 'sommeren {y}', 'efteråret {y}', 'vinteren {y}', 'forsommeren {y}', 'sensommeren {y}',
  'vinteren {y}/{yy1}', 'vinter {y}/{y1}', 'uge 12 {y}', 'uge 12, {y}', 'uge 12-{y}', 'første uge i januar {y}',
  '2. uge i sept. {y}', 'skoleåret {y}/{yy1}', '{y}', 'i løbet af {y}', '{y}-{y1}', '{y} - {y1}', '{y}/{yy1}',
  'fra den 28. september {y} til og med den 27. oktober {y}', '3.-4. kvartal {y}', 'forår {y} - sommer {y1}',
  'ved udgangen af {y}', 'i begyndelsen af marts {y}', 'midt i juni {y}', '28. februar og 1. marts {y}',
  '2.–24. oktober {y}', '17. og 18. januar {y}', 'ultimo marts', 'uge 34', 'efteråret', '24. august {y} (uge 34)',
  'første del i marts {y}, resten i juni {y}', 'marts {y}, senest 15. marts {y}', 'Er implementeret',
  'Enheden er organisatorisk etableret 1. januar {y}', 'blev afsluttet i april {y}', 'løbende', 'indføres løbende',
  'Vedtaget. Byrådet 25. juni', 'er implementeret pr. 1. januar {y1}', 'Q1 {y}', '1. kvt. {y}', 'Inden udgangen af {y}',
  'jan.-mar. {y}', 'Marts {y} (forventet)', '31.3.{y}', 'd. 1/3-{y}', 'Medio/ultimo {y}', '1.-2. kvartal {y}',
  '2. halvdel af {y}',
]

const BILAG = [
  'April/maj 2021', 'Februar 2021', 'April 2021', 'Medio 2021', 'Notatet udarbejdes forud for overførelsessagen',
  'Godkendelse med denne indstilling – implementeres i løbet af foråret 2021',
  'Godkendes med denne indstilling – implementeres sommer 21', 'BUU april/maj 2021',
  'Enheden er organisatorisk etableret 1. januar 2021, der ligger flere større udviklings- og implementeringsopgaver for enheden jf. indsatserne i indstilling',
  'Forventes implementeret februar 2021', 'Forventes implementeret marts 2021', 'Budgetseminar februar 2021',
  '20. januar 2021', 'Implementeres i 3. kvartal 2021.', 'Er implementeret', 'Er implementeret og fokus på opgaven fastholdes',
  'Forslaget forelægges BUU på budgetseminar med eventuelle finansieringsbehov til fremlæggelse i OFS (systemunderstøttelse) og/eller budget 22 (varig drift)',
]

const PROSE = [
  'Forvaltningen udarbejder forslag til mulige løsninger for en central klageenhed. Samspil med øvrige initiativer afklares.',
  'Tovholderfunktionen oprettes i tilknytningen til den centrale visitation',
  'Indgår i budget 2023 og drøftes med 18-21 årige og 7.000 testpersoner',
  'Afventer KL',
  '',
  'Se særskilt sag på BUU-møde',
]

/** `count` phrases, deterministic (a linear congruential generator, so runs compare). */
export function benchPhrases(count: number): string[] {
  const phrases: string[] = []
  let seed = 12345
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed
  }
  for (let i = 0; i < count; i++) {
    const pick = next() % 10
    if (pick < 7) {
      const y = 2018 + (next() % 12)
      const form = FORMS[next() % FORMS.length] as string
      phrases.push(
        form
          .replaceAll('{yy1}', String((y + 1) % 100).padStart(2, '0'))
          .replaceAll('{yy}', String(y % 100).padStart(2, '0'))
          .replaceAll('{y1}', String(y + 1))
          .replaceAll('{y}', String(y)),
      )
    } else if (pick < 9) {
      phrases.push(BILAG[next() % BILAG.length] as string)
    } else {
      phrases.push(PROSE[next() % PROSE.length] as string)
    }
  }
  return phrases
}

export function benchDeadline(count = 100_000): { phrases: number; ms: number; phrasesPerSecond: number } {
  const phrases = benchPhrases(count)
  const options = { reference: '2021-01-20' }
  // Warm-up: let the JIT settle before timing.
  let sink = 0
  for (let i = 0; i < Math.min(count, 50_000); i++) sink += parseDeadline(phrases[i] as string, options).kind.length
  const t0 = performance.now()
  for (let i = 0; i < count; i++) sink += parseDeadline(phrases[i] as string, options).kind.length
  const ms = performance.now() - t0
  if (sink < 0) console.log(sink) // keeps the results alive
  return { phrases: count, ms, phrasesPerSecond: Math.round((count / ms) * 1000) }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 100_000) || 100_000
  const r = benchDeadline(count)
  console.log(`parseDeadline: ${r.phrases} phrases in ${r.ms.toFixed(1)} ms = ${r.phrasesPerSecond.toLocaleString('en-US')} phrases/s (target ≥ 200,000)`)
}
