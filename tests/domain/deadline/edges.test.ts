/**
 * The edges deadlines.md names (leap years, month ends, ISO weeks at year boundaries,
 * winters across years, missing years, several dates, done vs. future, bare numbers),
 * and real municipal phrases the spec implies without listing them.
 */
import { describe, it, expect } from 'vitest'
import { parseDeadline } from '../../../src/domain/deadline'
import { date, day, expectReading, type Reading } from './helpers'

const REF = '2021-01-20'
const read = (text: string, reference = REF) => parseDeadline(text, { reference })
const none: Reading = { kind: 'none' }

describe('leap years', () => {
  it.each<[string, Reading]>([
    ['29. februar 2020', day('2020-02-29')],
    ['29.2.2024', day('2024-02-29')],
    ['29. februar 2021', none],
    ['29. februar 2100', none],
    ['29. februar 2000', day('2000-02-29')],
    ['februar 2024', date('2024-02-01', '2024-02-29', 'month')],
    ['februar 2023', date('2023-02-01', '2023-02-28', 'month')],
    ['februar 2100', date('2100-02-01', '2100-02-28', 'month')],
    ['ultimo februar 2024', date('2024-02-21', '2024-02-29', 'part-of-month')],
    ['ultimo februar 2023', date('2023-02-21', '2023-02-28', 'part-of-month')],
    ['vinteren 2023/24', date('2023-12-01', '2024-02-29', 'season')],
    ['vinteren 2024', date('2024-12-01', '2025-02-28', 'season')],
    ['5. uge i februar 2024', date('2024-02-29', '2024-02-29', 'week')],
    ['5. uge i februar 2023', none],
    // No year written: the first 29 February ending on or after the reference.
    ['29. februar', day('2024-02-29')],
  ])('%s', (text, expected) => expectReading(text, read(text), expected))
})

describe('month ends', () => {
  it.each<[string, Reading]>([
    ['april 2021', date('2021-04-01', '2021-04-30', 'month')],
    ['31. april 2021', none],
    ['31. maj 2021', day('2021-05-31')],
    ['32. januar 2021', none],
    ['ultimo april 2021', date('2021-04-21', '2021-04-30', 'part-of-month')],
    ['ultimo december 2021', date('2021-12-21', '2021-12-31', 'part-of-month')],
    ['5. uge i marts 2021', date('2021-03-29', '2021-03-31', 'week')],
    ['4. uge i februar 2021', date('2021-02-22', '2021-02-28', 'week')],
    ['sidste uge i marts 2021', date('2021-03-25', '2021-03-31', 'week')],
    ['1. kvartal 2021', date('2021-01-01', '2021-03-31', 'quarter')],
    ['2. kvartal 2021', date('2021-04-01', '2021-06-30', 'quarter')],
    ['4. kvartal 2021', date('2021-10-01', '2021-12-31', 'quarter')],
    ['5. kvartal 2021', none],
    ['31.12.21', day('2021-12-31')],
    ['31.6.2021', none],
  ])('%s', (text, expected) => expectReading(text, read(text), expected))
})

describe('ISO weeks at year boundaries', () => {
  it.each<[string, Reading]>([
    ['uge 53 2020', date('2020-12-28', '2021-01-03', 'week')],
    ['uge 1 2021', date('2021-01-04', '2021-01-10', 'week')],
    ['uge 53 2021', none],
    ['uge 54 2021', none],
    ['uge 0 2021', none],
    ['uge 1 2020', date('2019-12-30', '2020-01-05', 'week')],
    ['uge 52 2021', date('2021-12-27', '2022-01-02', 'week')],
    ['uge 1 2026', date('2025-12-29', '2026-01-04', 'week')],
    ['uge 53 2026', date('2026-12-28', '2027-01-03', 'week')],
    ['uge 53 2015', date('2015-12-28', '2016-01-03', 'week')],
    ['uge 12-14 2021', date('2021-03-22', '2021-04-11', 'range')],
    ['uge 12 til uge 14 2021', date('2021-03-22', '2021-04-11', 'range')],
    ['i ugerne 34-36 2021', date('2021-08-23', '2021-09-12', 'range')],
  ])('%s', (text, expected) => expectReading(text, read(text), expected))

  it('a yearless week 53 is the next year that has one', () => {
    expectReading('uge 53', read('uge 53'), date('2026-12-28', '2027-01-03', 'week'))
    expectReading('uge 53', read('uge 53', '2021-01-03'), date('2020-12-28', '2021-01-03', 'week'))
  })
})

describe('winter across years', () => {
  it.each<[string, string, Reading]>([
    ['vinteren 2021/22', REF, date('2021-12-01', '2022-02-28', 'season')],
    ['vinter 2022/2023', REF, date('2022-12-01', '2023-02-28', 'season')],
    ['vinter 21/22', REF, date('2021-12-01', '2022-02-28', 'season')],
    ['vinteren', REF, date('2020-12-01', '2021-02-28', 'season')],
    ['vinteren', '2021-03-01', date('2021-12-01', '2022-02-28', 'season')],
    ['december 2021 - februar 2022', REF, date('2021-12-01', '2022-02-28', 'range')],
    ['nov.-jan. 2022', REF, date('2021-11-01', '2022-01-31', 'range')],
    ['december–januar 2022', REF, date('2021-12-01', '2022-01-31', 'range')],
    ['november 2021 til januar', REF, date('2021-11-01', '2022-01-31', 'range')],
    ['årsskiftet 2021/22', REF, date('2021-12-01', '2022-01-31', 'season')],
    ['efterår 2021/forår 2022', REF, date('2021-09-01', '2022-05-31', 'range')],
  ])('%s (written %s)', (text, reference, expected) => expectReading(text, read(text, reference), expected))
})

describe('a missing year', () => {
  it.each<[string, string, Reading]>([
    ['ultimo marts og april 2022', REF, date('2022-04-01', '2022-04-30', 'month')],
    ['marts, april og maj 2023', REF, date('2023-05-01', '2023-05-31', 'month')],
    ['BUU 12. maj 2021, derefter ultimo juni', REF, date('2021-06-21', '2021-06-30', 'part-of-month')],
    ['medio april', REF, date('2021-04-11', '2021-04-20', 'part-of-month')],
    ['Planlagt til uge 10', REF, date('2021-03-08', '2021-03-14', 'week')],
    ['BUU d. 17/3', REF, day('2021-03-17')],
    ['den 15. januar', REF, day('2022-01-15')],
    ['den 20. januar', REF, day('2021-01-20')],
    ['i løbet af året', REF, date('2021-01-01', '2021-12-31', 'year')],
    ['sidst på året', REF, date('2021-09-01', '2021-12-31', 'part-of-year')],
    ['Primo 2. kvartal', REF, date('2021-04-01', '2021-04-30', 'month')],
    ['oktober/november', '2021-11-15', date('2021-10-01', '2021-11-30', 'range')],
    ['oktober/november', '2021-12-01', date('2022-10-01', '2022-11-30', 'range')],
    // An unreadable reference leaves a yearless text without a date, never an error.
    ['ultimo marts', '', none],
    ['ultimo marts', 'i går', none],
    ['ultimo marts 2022', '', date('2022-03-21', '2022-03-31', 'part-of-month')],
  ])('%s (written %s)', (text, reference, expected) => expectReading(text, read(text, reference), expected))
})

describe('several dates: the latest end wins, the narrower stands for the wider', () => {
  it.each<[string, Reading]>([
    ['Høring i marts 2021, beslutning i juni 2021, implementering 2. halvår 2021', date('2021-07-01', '2021-12-31', 'half-year')],
    ['Sendes i høring marts 2021, forventes vedtaget juni 2021', date('2021-06-01', '2021-06-30', 'month')],
    ['Forventet opstart august 2021, fuldt implementeret 2022', date('2022-01-01', '2022-12-31', 'year')],
    ['2021, primo 2021', date('2021-01-01', '2021-04-30', 'part-of-year')],
    ['I 2021 – senest 1. oktober 2021', day('2021-10-01')],
    ['3. eller 4. kvartal 2021', date('2021-10-01', '2021-12-31', 'quarter')],
    ['første og andet kvartal 2022', date('2022-04-01', '2022-06-30', 'quarter')],
    ['1., 2. og 3. kvartal 2022', date('2022-07-01', '2022-09-30', 'quarter')],
    ['Primo 2022 – afhænger af budget 2022', date('2022-01-01', '2022-04-30', 'part-of-year')],
    ['BUU 2. juni 2021 og KB 17. juni 2021', day('2021-06-17')],
    ['d. 5. og 6. maj 2021', day('2021-05-06')],
    ['Sommeren 2021 – senest 1. september 2021', day('2021-09-01')],
    // The same period twice keeps its first wording.
    ['Foråret 2021 (marts-maj)', date('2021-03-01', '2021-05-31', 'season')],
    // deadlines.md: a period inside another stands for both, even when it ends first.
    ['maj 2021 (uge 18)', date('2021-05-03', '2021-05-09', 'week')],
    ['Forventes igangsat i løbet af 1. kvartal 2021 og afsluttet inden udgangen af 2021', date('2021-01-01', '2021-03-31', 'quarter')],
  ])('%s', (text, expected) => expectReading(text, read(text), expected))
})

describe('done versus future', () => {
  it.each<[string, Reading]>([
    ['Er implementeret', { kind: 'done' }],
    ['Forventes implementeret', none],
    ['Det forventes, at ordningen er implementeret ultimo 2021', date('2021-09-01', '2021-12-31', 'part-of-year')],
    ['Er ikke implementeret', none],
    ['Er endnu ikke gennemført', none],
    ['Er delvist implementeret', none],
    ['Er ved at blive implementeret', none],
    ['Hvis modellen er vedtaget, implementeres den i 2022', date('2022-01-01', '2022-12-31', 'year')],
    ['Er blevet implementeret', { kind: 'done' }],
    ['Er på plads', { kind: 'done' }],
    ['Er i drift', { kind: 'done' }],
    ['Gennemført i 2020', { kind: 'done', start: '2020-01-01', end: '2020-12-31', precision: 'year' }],
    ['Implementeret 1. januar 2021', { kind: 'done', start: '2021-01-01', end: '2021-01-01', precision: 'day' }],
    ['Implementeret 1. februar 2021', day('2021-02-01')],
    ['Gennemføres i 2021', date('2021-01-01', '2021-12-31', 'year')],
  ])('%s', (text, expected) => expectReading(text, read(text), expected))
})

describe('ongoing', () => {
  it.each<[string, Reading]>([
    ['Løbende', { kind: 'ongoing' }],
    ['Fortløbende', { kind: 'ongoing' }],
    ['Fokus fastholdes', { kind: 'ongoing' }],
    ['Årligt i forbindelse med budgettet', { kind: 'ongoing' }],
    // A date given as the start keeps the work ongoing; any other date is a deadline.
    ['Løbende fra marts 2021', { kind: 'ongoing', start: '2021-03-01', end: '2021-03-31', precision: 'month' }],
    ['Løbende siden 2019', { kind: 'ongoing', start: '2019-01-01', end: '2019-12-31', precision: 'year' }],
    ['Løbende fra og med 1. januar 2021', { kind: 'ongoing', start: '2021-01-01', end: '2021-01-01', precision: 'day' }],
    ['Løbende, første afrapportering juni 2021', date('2021-06-01', '2021-06-30', 'month')],
    ['Implementeres løbende i 2021', date('2021-01-01', '2021-12-31', 'year')],
    ['2021 og frem', { kind: 'ongoing', start: '2021-01-01', end: '2021-12-31', precision: 'year' }],
    ['januar 2021 og løbende', { kind: 'ongoing', start: '2021-01-01', end: '2021-01-31', precision: 'month' }],
    ['Implementeres marts 2021 og fastholdes løbende', date('2021-03-01', '2021-03-31', 'month')],
  ])('%s', (text, expected) => expectReading(text, read(text), expected))
})

describe('a bare number is never a year', () => {
  it.each([
    'budget 22', 'afsnit 12', '12', '100', '22', '7.000', '1.000 kr.', '2.500 borgere', 'ca. 2000 elever', '2000 kr.',
    'sag nr. 2021-0012345', '18-21 årige', '§ 17', '1/3 af midlerne', 'kl. 10.30', '2 uger', '3 måneder efter godkendelse',
    '1.3.', '10-12', '1. Udarbejdelse af notat', 'Jan Hansen følger op', 'inden jul', 'sommer- og vinterferien',
    'Afventer budgetforhandlingerne 2022', 'Indgår i budget 2022', 'Økonomiaftalen for 2022', 'Strategiperioden 2021-2024',
    'Handleplan 2021', 'målsætningen for 2030', 'den anden halvdel af beløbet',
  ])('%s', (text) => expectReading(text, read(text), none))
})

describe('two-digit years follow a period word', () => {
  it.each<[string, Reading]>([
    ['sommer 21', date('2021-06-01', '2021-08-31', 'season')],
    ['Foråret 22', date('2022-03-01', '2022-05-31', 'season')],
    ['Q4 21', date('2021-10-01', '2021-12-31', 'quarter')],
    ['3. kvt. 22', date('2022-07-01', '2022-09-30', 'quarter')],
    ['januar 22', date('2022-01-01', '2022-01-31', 'month')],
    ['20. jan. 22', day('2022-01-20')],
    ['primo 22', date('2022-01-01', '2022-04-30', 'part-of-year')],
    ['uge 12 22', date('2022-03-21', '2022-03-27', 'week')],
    ["sommer '21", date('2021-06-01', '2021-08-31', 'season')],
  ])('%s', (text, expected) => expectReading(text, read(text), expected))
})

describe('Danish letters and case do not matter', () => {
  it.each<[string, Reading]>([
    ['MAJ 2021', date('2021-05-01', '2021-05-31', 'month')],
    ['Maj 2021', date('2021-05-01', '2021-05-31', 'month')],
    ['maj. 2021', date('2021-05-01', '2021-05-31', 'month')],
    ['FORÅRET 2021', date('2021-03-01', '2021-05-31', 'season')],
    ['foraaret 2021', date('2021-03-01', '2021-05-31', 'season')],
    ['EFTERÅRET 2021', date('2021-09-01', '2021-11-30', 'season')],
    ['FØRSTE HALVÅR 2021', date('2021-01-01', '2021-06-30', 'half-year')],
    ['1. halvaar 2021', date('2021-01-01', '2021-06-30', 'half-year')],
    ['foerste kvartal 2021', date('2021-01-01', '2021-03-31', 'quarter')],
    ['Ultimo MARTS 2021', date('2021-03-21', '2021-03-31', 'part-of-month')],
    ['3. KVARTAL 2021', date('2021-07-01', '2021-09-30', 'quarter')],
    ['SKOLEÅRET 2024/25', date('2024-08-01', '2025-07-31', 'range')],
    ['ER IMPLEMENTERET', { kind: 'done' }],
  ])('%s', (text, expected) => expectReading(text, read(text), expected))
})

describe('real municipal phrases', () => {
  it.each<[string, Reading]>([
    ['Ultimo 2021', date('2021-09-01', '2021-12-31', 'part-of-year')],
    ['Q1 2022', date('2022-01-01', '2022-03-31', 'quarter')],
    ['1. kvt. 2022', date('2022-01-01', '2022-03-31', 'quarter')],
    ['Efteråret 2021', date('2021-09-01', '2021-11-30', 'season')],
    ['senest 1. marts 2021', day('2021-03-01')],
    ['Inden udgangen af 2021', date('2021-01-01', '2021-12-31', 'year')],
    ['Senest ved udgangen af 2021', date('2021-09-01', '2021-12-31', 'part-of-year')],
    ['i 2022', date('2022-01-01', '2022-12-31', 'year')],
    ['primo 2022', date('2022-01-01', '2022-04-30', 'part-of-year')],
    ['jan.-mar. 2022', date('2022-01-01', '2022-03-31', 'range')],
    ['Marts 2021 (forventet)', date('2021-03-01', '2021-03-31', 'month')],
    ['31.3.2021', day('2021-03-31')],
    ['d. 1/3-2021', day('2021-03-01')],
    ['1/8-21', day('2021-08-01')],
    ['senest d. 31/12 2021', day('2021-12-31')],
    ['01.08.2021', day('2021-08-01')],
    ['Mandag d. 4. januar 2021', day('2021-01-04')],
    ['Der følges op på BUU-mødet den 12. maj 2021', day('2021-05-12')],
    ['Medio/ultimo 2021', date('2021-05-01', '2021-12-31', 'range')],
    ['medio-ultimo 2022', date('2022-05-01', '2022-12-31', 'range')],
    ['primo/medio marts 2021', date('2021-03-01', '2021-03-20', 'range')],
    ['Medio 2021/primo 2022', date('2021-05-01', '2022-04-30', 'range')],
    ['1.-2. kvartal 2022', date('2022-01-01', '2022-06-30', 'range')],
    ['Q2-Q3 2022', date('2022-04-01', '2022-09-30', 'range')],
    ['2. kvartal 2022 - 4. kvartal 2022', date('2022-04-01', '2022-12-31', 'range')],
    ['2. halvdel af 2021', date('2021-07-01', '2021-12-31', 'half-year')],
    ['sidste kvartal 2021', date('2021-10-01', '2021-12-31', 'quarter')],
    ['H2 2022', date('2022-07-01', '2022-12-31', 'half-year')],
    ['Q3-2021', date('2021-07-01', '2021-09-30', 'quarter')],
    ['I løbet af 2. halvår 2021', date('2021-07-01', '2021-12-31', 'half-year')],
    ['Ultimo første kvartal 2022', date('2022-03-01', '2022-03-31', 'month')],
    ['primo 3. kvartal 2021', date('2021-07-01', '2021-07-31', 'month')],
    ['ultimo 1. halvår 2022', date('2022-05-01', '2022-06-30', 'range')],
    ['Ultimo Q2 2022', date('2022-06-01', '2022-06-30', 'month')],
    ['Ultimo dec. 2021', date('2021-12-21', '2021-12-31', 'part-of-month')],
    ['Sept. 2021', date('2021-09-01', '2021-09-30', 'month')],
    ['mar-apr 2022', date('2022-03-01', '2022-04-30', 'range')],
    ['jun-jul 2021', date('2021-06-01', '2021-07-31', 'range')],
    ['jul. 2021', date('2021-07-01', '2021-07-31', 'month')],
    ['Skoleåret 2021/2022', date('2021-08-01', '2022-07-31', 'range')],
    ['Udskudt til 2022 pga. corona', date('2022-01-01', '2022-12-31', 'year')],
    ['Frem til 2023', date('2023-01-01', '2023-12-31', 'year')],
    ['afrapportering 2022', date('2022-01-01', '2022-12-31', 'year')],
    ['Implementeres fra 1. januar 2022', day('2022-01-01')],
    ['midt i juni 2021', date('2021-06-11', '2021-06-20', 'part-of-month')],
    ['sidst i august 2021', date('2021-08-21', '2021-08-31', 'part-of-month')],
    ['i starten af 2022', date('2022-01-01', '2022-04-30', 'part-of-year')],
    ['20.01.2021-31.03.2021', date('2021-01-20', '2021-03-31', 'range')],
    ['1. marts 2021 - 30. juni 2021', date('2021-03-01', '2021-06-30', 'range')],
    ['2021-01-01–2021-03-31', date('2021-01-01', '2021-03-31', 'range')],
  ])('%s', (text, expected) => expectReading(text, read(text), expected))
})

describe('robustness', () => {
  it('reads only the first 1,000 characters', () => {
    const filler = 'a'.repeat(1000)
    expect(read(`${filler} marts 2021`)).toStrictEqual({ kind: 'none' })
    expect(read(`marts 2021 ${filler}`)).toMatchObject({ kind: 'date', start: '2021-03-01' })
  })

  it('copes with huge and odd input', () => {
    expect(read('1. '.repeat(100_000)).kind).toBe('none')
    expect(read('\u0000\uffff\ud800 İSTANBUL 2021 🎉').kind).toBe('date')
    expect(parseDeadline(undefined as unknown as string, { reference: REF })).toStrictEqual({ kind: 'none' })
    expect(parseDeadline('marts 2021', undefined as unknown as { reference: string })).toMatchObject({ kind: 'date' })
  })

  it('matched indexes the text as written, even where lowercasing changes length', () => {
    const text = 'İİİ ultimo marts 2021'
    expect(read(text)).toMatchObject({ matched: 'ultimo marts 2021' })
  })
})
