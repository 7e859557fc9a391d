/**
 * Every table row and every example of tests/fixtures/deadlines.md, verbatim.
 */
import { describe, it, expect } from 'vitest'
import { parseDeadline } from '../../../src/domain/deadline'
import { date, day, expectReading, type Reading } from './helpers'

const REF = '2021-01-20'
const read = (text: string, reference = REF) => parseDeadline(text, { reference })

describe('Result table', () => {
  it.each<[string, Reading]>([
    ['Er implementeret', { kind: 'done' }],
    ['er etableret 1. januar 2021', { kind: 'done', start: '2021-01-01', end: '2021-01-01', precision: 'day' }],
    ['løbende', { kind: 'ongoing' }],
    ['fastholdes', { kind: 'ongoing' }],
    ['Notatet udarbejdes forud for overførelsessagen', { kind: 'none' }],
  ])('%s', (text, expected) => expectReading(text, read(text), expected))
})

describe('What each form means', () => {
  const jan20 = day('2021-01-20')
  const spring = date('2021-03-01', '2021-05-31', 'season')
  const summer = date('2021-06-01', '2021-08-31', 'season')
  const autumn = date('2021-09-01', '2021-11-30', 'season')
  const winter = date('2021-12-01', '2022-02-28', 'season')
  const q3 = date('2021-07-01', '2021-09-30', 'quarter')
  const h1 = date('2021-01-01', '2021-06-30', 'half-year')
  const h2 = date('2021-07-01', '2021-12-31', 'half-year')
  const aprMay = date('2021-04-01', '2021-05-31', 'range')
  const week12 = date('2021-03-22', '2021-03-28', 'week')
  const years = date('2021-01-01', '2022-12-31', 'range')

  it.each<[string, string, Reading]>([
    ['a day', '20. januar 2021', jan20],
    ['a day', '20. jan. 2021', jan20],
    ['a day', '20.januar 2021', jan20],
    ['a day', 'onsdag den 20. januar 2021', jan20],
    ['a day', '20.1.21', jan20],
    ['a day', '20.01.2021', jan20],
    ['a day', '20-01-2021', jan20],
    ['a day', '20/1 2021', jan20],
    ['a day', '2021-01-20', jan20],
    ['a month', 'februar 2021', date('2021-02-01', '2021-02-28', 'month')],
    ['a month', 'feb. 2021', date('2021-02-01', '2021-02-28', 'month')],
    ['a span of months', 'april/maj 2021', aprMay],
    ['a span of months', 'april-maj 2021', aprMay],
    ['a span of months', 'april–maj 2021', aprMay],
    ['a span of months', 'april til maj 2021', aprMay],
    ['part of a month', 'primo marts 2021', date('2021-03-01', '2021-03-10', 'part-of-month')],
    ['part of a month', 'medio marts 2021', date('2021-03-11', '2021-03-20', 'part-of-month')],
    ['part of a month', 'ultimo marts 2021', date('2021-03-21', '2021-03-31', 'part-of-month')],
    ['part of a year', 'primo 2021', date('2021-01-01', '2021-04-30', 'part-of-year')],
    ['part of a year', 'medio 2021', date('2021-05-01', '2021-08-31', 'part-of-year')],
    ['part of a year', 'ultimo 2021', date('2021-09-01', '2021-12-31', 'part-of-year')],
    ['a quarter', '3. kvartal 2021', q3],
    ['a quarter', 'tredje kvartal 2021', q3],
    ['a quarter', '3. kvartal af 2021', q3],
    ['a quarter', 'Q3 2021', q3],
    ['a quarter', '3. kvt. 2021', q3],
    ['a half-year', '1. halvår 2021', h1],
    ['a half-year', 'første halvår 2021', h1],
    ['a half-year', '2. halvår 2021', h2],
    ['a half-year', 'andet halvår 2021', h2],
    ['a season', 'foråret 2021', spring],
    ['a season', 'forår 2021', spring],
    ['a season', 'sommeren 2021', summer],
    ['a season', 'sommer 2021', summer],
    ['a season', 'efteråret 2021', autumn],
    ['a season', 'efterår 2021', autumn],
    ['a season', 'vinteren 2021', winter],
    ['a season', 'vinter 2021', winter],
    ['early / late summer', 'forsommeren 2021', date('2021-05-01', '2021-06-30', 'season')],
    ['early / late summer', 'sensommeren 2021', date('2021-08-01', '2021-09-30', 'season')],
    ['a winter across years', 'vinteren 2021/22', winter],
    ['a winter across years', 'vinter 2021/2022', winter],
    ['an ISO week', 'uge 12 2021', week12],
    ['an ISO week', 'uge 12, 2021', week12],
    ['an ISO week', 'uge 12-2021', week12],
    ['a week of a month', 'første uge i januar 2021', date('2021-01-01', '2021-01-07', 'week')],
    ['a week of a month', '2. uge i sept. 2020', date('2020-09-08', '2020-09-14', 'week')],
    ['a school year', 'skoleåret 2024/25', date('2024-08-01', '2025-07-31', 'range')],
    ['a year', '2021', date('2021-01-01', '2021-12-31', 'year')],
    ['a year', 'i løbet af 2021', date('2021-01-01', '2021-12-31', 'year')],
    ['a span of years', '2021-2022', years],
    ['a span of years', '2021 - 2022', years],
    ['a span of years', '2021/22', years],
    ['a span between two periods', 'fra den 28. september 2022 til og med den 27. oktober 2022', date('2022-09-28', '2022-10-27', 'range')],
    ['a span between two periods', '3.-4. kvartal 2021', date('2021-07-01', '2021-12-31', 'range')],
    ['a span between two periods', 'forår 2021 - sommer 2022', date('2021-03-01', '2022-08-31', 'range')],
  ])('%s: %s', (_form, text, expected) => expectReading(text, read(text), expected))
})

describe('Phrases for primo, medio and ultimo', () => {
  it.each<[string, Reading]>([
    ['i begyndelsen af marts 2021', date('2021-03-01', '2021-03-10', 'part-of-month')],
    ['i starten af marts 2021', date('2021-03-01', '2021-03-10', 'part-of-month')],
    ['i midten af marts 2021', date('2021-03-11', '2021-03-20', 'part-of-month')],
    ['midt i marts 2021', date('2021-03-11', '2021-03-20', 'part-of-month')],
    ['i slutningen af marts 2021', date('2021-03-21', '2021-03-31', 'part-of-month')],
    ['sidst i marts 2021', date('2021-03-21', '2021-03-31', 'part-of-month')],
    ['ved udgangen af marts 2021', date('2021-03-21', '2021-03-31', 'part-of-month')],
    ['i begyndelsen af 2021', date('2021-01-01', '2021-04-30', 'part-of-year')],
    ['i midten af 2021', date('2021-05-01', '2021-08-31', 'part-of-year')],
    ['i slutningen af 2021', date('2021-09-01', '2021-12-31', 'part-of-year')],
    ['ved udgangen af 2027', date('2027-09-01', '2027-12-31', 'part-of-year')],
  ])('%s', (text, expected) => expectReading(text, read(text), expected))
})

describe('Ordinals, spans and separate dates', () => {
  it.each<[string, Reading]>([
    ['fjerde kvartal 2021', date('2021-10-01', '2021-12-31', 'quarter')],
    ['anden halvår 2021', date('2021-07-01', '2021-12-31', 'half-year')],
    ['andet kvartal 2021', date('2021-04-01', '2021-06-30', 'quarter')],
    ['marts til og med maj 2021', date('2021-03-01', '2021-05-31', 'range')],
    ['fra marts til maj 2021', date('2021-03-01', '2021-05-31', 'range')],
    // Two periods joined by "og" are two dates: the later one is the deadline.
    ['28. februar og 1. marts 2022', day('2022-03-01')],
    ['2.–24. oktober 2023', date('2023-10-02', '2023-10-24', 'range')],
    ['17. og 18. januar 2022', day('2022-01-18')],
  ])('%s', (text, expected) => expectReading(text, read(text), expected))
})

describe('Words around the date do not change it', () => {
  it.each<[string, Reading]>([
    ['Forventes implementeret februar 2021', date('2021-02-01', '2021-02-28', 'month')],
    ['BUU april/maj 2021', date('2021-04-01', '2021-05-31', 'range')],
    ['Budgetseminar februar 2021', date('2021-02-01', '2021-02-28', 'month')],
    ['Godkendelse med denne indstilling – implementeres i løbet af foråret 2021', date('2021-03-01', '2021-05-31', 'season')],
  ])('%s', (text, expected) => expectReading(text, read(text), expected))
})

describe('A missing year', () => {
  it.each<[string, string, Reading]>([
    // Taken from the text: the nearest later date first, else the nearest earlier one.
    ['28. februar og 1. marts 2022', REF, day('2022-03-01')],
    ['april/maj 2021', REF, date('2021-04-01', '2021-05-31', 'range')],
    ['24. august 2021 (uge 34)', REF, day('2021-08-24')],
    // No year in the text: the first occurrence that ends on or after the reference.
    ['ultimo marts', REF, date('2021-03-21', '2021-03-31', 'part-of-month')],
    ['uge 34', REF, date('2021-08-23', '2021-08-29', 'week')],
    ['efteråret', REF, date('2021-09-01', '2021-11-30', 'season')],
    ['ultimo marts', '2021-04-01', date('2022-03-21', '2022-03-31', 'part-of-month')],
    ['ultimo marts', '2021-03-31', date('2021-03-21', '2021-03-31', 'part-of-month')],
    ['uge 34', '2021-08-30', date('2022-08-22', '2022-08-28', 'week')],
    ['efteråret', '2021-10-15', date('2021-09-01', '2021-11-30', 'season')],
    // In a done text: the last occurrence that starts on or before the reference.
    ['Vedtaget. Byrådet 25. juni', '2025-08-29', { kind: 'done', start: '2025-06-25', end: '2025-06-25', precision: 'day' }],
    ['Vedtaget. Byrådet 25. juni', '2025-06-25', { kind: 'done', start: '2025-06-25', end: '2025-06-25', precision: 'day' }],
    ['Vedtaget. Byrådet 25. juni', '2025-06-24', { kind: 'done', start: '2024-06-25', end: '2024-06-25', precision: 'day' }],
  ])('%s (written %s)', (text, reference, expected) => expectReading(text, read(text, reference), expected))
})

describe('Not dates', () => {
  it.each([
    '18-21 årige',
    '7.000 testpersoner',
    'budget 22',
    'afsnit 12',
    'budget for 2018',
    'Budget 2023',
    'budgetforslaget for 2024',
    'digitaliseringsstrategi 2011-2015',
    'nationale mål 2023',
    '3. kvartalsrapport 2024',
    'sommerferien',
    'vinterferie',
    'efterårsferien',
    'efter to år',
    'Regnskab 2020',
    'handleplanen for 2022',
    'Politik 2019',
    'Aftale 2021',
    'Rapport 2020',
    'Sundhedsstrategi 2020-2025',
  ])('%s', (text) => expectReading(text, read(text), { kind: 'none' }))
})

describe('Several dates in one text', () => {
  it.each<[string, Reading]>([
    ['første del i marts 2021, resten i juni 2021', date('2021-06-01', '2021-06-30', 'month')],
    ['marts 2021, senest 15. marts 2021', day('2021-03-15')],
    ['24. august 2021 (uge 34)', day('2021-08-24')],
  ])('%s', (text, expected) => expectReading(text, read(text), expected))

  it('matched is the chosen date', () => {
    expect(read('første del i marts 2021, resten i juni 2021')).toMatchObject({ matched: 'juni 2021' })
    expect(read('marts 2021, senest 15. marts 2021')).toMatchObject({ matched: '15. marts 2021' })
  })
})

describe('Done', () => {
  const may2023 = { kind: 'done', start: '2023-04-01', end: '2023-04-30', precision: 'month' } as const
  it.each<[string, string, Reading]>([
    ['Er implementeret', REF, { kind: 'done' }],
    ['Er implementeret og fokus på opgaven fastholdes', REF, { kind: 'done' }],
    ['Enheden er organisatorisk etableret 1. januar 2021', REF, { kind: 'done', start: '2021-01-01', end: '2021-01-01', precision: 'day' }],
    ['blev afsluttet i april 2023', '2023-06-01', may2023],
    ['er nu afsluttet', REF, { kind: 'done' }],
    ['er politisk vedtaget', REF, { kind: 'done' }],
    ['er færdigimplementeret', REF, { kind: 'done' }],
    ['Medarbejderen er ansat', REF, { kind: 'done' }],
    ['Systemet er taget i brug', REF, { kind: 'done' }],
    ['Systemet er taget i fuld brug', REF, { kind: 'done' }],
    ['Løsningen blev sat i drift', REF, { kind: 'done' }],
    ['Loven er trådt i kraft', REF, { kind: 'done' }],
    ['Loven trådte i kraft 1. juli 2020', REF, { kind: 'done', start: '2020-07-01', end: '2020-07-01', precision: 'day' }],
    ['Indsatsen er gennemført', REF, { kind: 'done' }],
    ['Implementeret', REF, { kind: 'done' }],
    ['Gennemført', REF, { kind: 'done' }],
    ['Afsluttet', REF, { kind: 'done' }],
    ['Vedtaget', REF, { kind: 'done' }],
    ['Vedtaget. Byrådet 25. juni', '2025-08-29', { kind: 'done', start: '2025-06-25', end: '2025-06-25', precision: 'day' }],
    // A done phrase whose date lies after the reference is a date.
    ['er implementeret pr. 1. januar 2027', '2025-06-01', day('2027-01-01')],
    ['blev afsluttet i april 2023', '2023-03-31', date('2023-04-01', '2023-04-30', 'month')],
  ])('%s (written %s)', (text, reference, expected) => expectReading(text, read(text, reference), expected))

  it.each<[string, Reading]>([
    ['implementeres', { kind: 'none' }],
    ['Implementeres i 3. kvartal 2021.', date('2021-07-01', '2021-09-30', 'quarter')],
    ['forventes implementeret', { kind: 'none' }],
    ['Forventes implementeret februar 2021', date('2021-02-01', '2021-02-28', 'month')],
    ['når den nye struktur er implementeret', { kind: 'none' }],
    ['Følges op når systemet er implementeret i 2021', date('2021-01-01', '2021-12-31', 'year')],
    ['skal være gennemført', { kind: 'none' }],
    ['Skal være gennemført 1. marts 2021', day('2021-03-01')],
    ['træder i kraft', { kind: 'none' }],
    ['Træder i kraft 1. juli 2021', day('2021-07-01')],
  ])('not done: %s', (text, expected) => expectReading(text, read(text), expected))
})

describe('Ongoing', () => {
  it.each(['løbende', 'indføres løbende', 'fastholdes', 'Løbende', 'Indføres løbende i takt med behovet'])('%s', (text) =>
    expectReading(text, read(text), { kind: 'ongoing' }),
  )
})

describe('Nothing to read', () => {
  it.each(['', '   ', 'Notatet udarbejdes forud for overførelsessagen', 'Afventer KL', '—', 'Se ovenfor'])('"%s" is none', (text) =>
    expectReading(text, read(text), { kind: 'none' }),
  )
})
