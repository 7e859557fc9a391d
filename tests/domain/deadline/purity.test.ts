/**
 * The module is pure: no React, no Dexie, no clock. Checked on the source so a later
 * edit cannot slip a `new Date()` in unnoticed.
 */
import { describe, it, expect } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = join(import.meta.dirname, '../../../src/domain/deadline')
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'))

describe('src/domain/deadline is pure', () => {
  it('has an index and small files', () => {
    expect(files).toContain('index.ts')
  })

  it.each(files)('%s reads no clock and imports no UI or storage', (file) => {
    const source = readFileSync(join(dir, file), 'utf8')
    expect(source).not.toMatch(/new Date\(|Date\.now|performance\.now/)
    expect(source).not.toMatch(/from ['"](react|react-dom|dexie|dexie-react-hooks)['"/]/)
    expect(source.split('\n').length).toBeLessThan(300)
  })
})
