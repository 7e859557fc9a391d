/**
 * `npm run bench`: the project's benchmarks. Prints a table for people and writes
 * a JSON report to bench/results/latest.json. Speed is measured here, never in tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { benchDeadline } from './deadline'

interface Figure {
  name: string
  value: number
  unit: string
  budget?: string
}

const figures: Figure[] = []

const deadline = benchDeadline(100_000)
figures.push({ name: 'parseDeadline throughput (100,000 phrases)', value: Math.round(deadline.phrasesPerSecond), unit: 'phrases/s', budget: '≥ 200,000' })

console.table(figures.map((f) => ({ measure: f.name, value: `${f.value.toLocaleString('en-US')} ${f.unit}`, budget: f.budget ?? '' })))
mkdirSync('bench/results', { recursive: true })
writeFileSync('bench/results/latest.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, figures }, null, 2)}\n`)
console.log('Wrote bench/results/latest.json')
