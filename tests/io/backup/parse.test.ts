import { describe, expect, it } from 'vitest'
import { readBackup, migrate, checkRecords, BACKUP_LIMITS } from '../../../src/io/backup'
import { BACKUP_VERSION, toBackupJson } from '../../../src/io/export/backup'
import { backupReadErrors } from '../../../src/strings/backup'
import { EXPORTED_AT, initiatives, overviews, records, snapshots, statusLogs, validFile, validJson, VERSION_1_JSON, type RawFile } from './helpers'

const withFile = (change: (file: RawFile) => unknown) => {
  const file = validFile()
  const changed = change(file) ?? file
  return readBackup(JSON.stringify(changed))
}

describe('readBackup', () => {
  it('reads a version 3 file from toBackupJson back to the same records', () => {
    expect(BACKUP_VERSION).toBe(3)
    const result = readBackup(validJson())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.version).toBe(3)
    expect(result.value.exportedAt).toBe(EXPORTED_AT)
    expect(result.value.overviews).toHaveLength(2)
    expect(result.value.initiatives).toHaveLength(initiatives.length)
    expect(result.value.statusLogs).toHaveLength(statusLogs.length)
    expect(result.value.snapshots).toHaveLength(snapshots.length)
    expect(result.value.snapshots.find((s) => s.id === 'snap-1')).toEqual(snapshots[0])
    // Written back, the records give the very same file.
    expect(toBackupJson({ ...result.value, exportedAt: EXPORTED_AT })).toBe(validJson())
  })

  it('reads a version 1 file as the app wrote it, with no status entries and no versions', () => {
    const result = readBackup(VERSION_1_JSON)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.version).toBe(1)
    expect(result.value.exportedAt).toBe('2021-01-20T09:30:00.000Z')
    expect(result.value.overviews.map((o) => o.title)).toEqual(['Bilag 1 – overblik over indsatser'])
    expect(result.value.initiatives.map((i) => i.id)).toEqual(['v1-a', 'v1-b'])
    expect(result.value.initiatives[1]).toMatchObject({ fixedDeadline: '2021-04-15', owner: 'Åse "Bøje" Østergaard', status: 'not-started' })
    expect(result.value.statusLogs).toEqual([])
    expect(result.value.snapshots).toEqual([])
    // Written again, it is a version 3 file holding the same overviews (with no extra columns) and indsatser.
    const again = JSON.parse(toBackupJson({ ...result.value, exportedAt: EXPORTED_AT }))
    const old = JSON.parse(VERSION_1_JSON)
    expect(again).toEqual({ ...old, version: 3, overviews: old.overviews.map((o: object) => ({ ...o, columns: [] })), statusLogs: [], snapshots: [] })
  })

  it('reads a version 2 file: every overview and every version of one gets no extra columns, nothing else changes', () => {
    const current = validFile()
    const strip = ({ columns: _c, ...rest }: Record<string, unknown>) => rest
    const v2 = {
      ...current,
      version: 2,
      overviews: (current.overviews as Record<string, unknown>[]).map(strip),
      snapshots: (current.snapshots as Record<string, unknown>[]).map((s) => ({ ...s, overview: strip(s.overview as Record<string, unknown>) })),
    }
    const result = readBackup(JSON.stringify(v2))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.version).toBe(2)
    // Nothing lost: the records are exactly those of the same data written today.
    expect(toBackupJson({ ...result.value, exportedAt: EXPORTED_AT })).toBe(validJson())
  })

  it('refuses a backup naming a column type the app does not know, with one Danish sentence and nothing read', () => {
    const file = validFile()
    ;(file.overviews as Record<string, unknown>[])[0]!.columns = [{ id: 'xabc123', name: 'Budget', type: 'currency' }]
    const result = readBackup(JSON.stringify(file))
    expect(result).toMatchObject({ ok: false, code: 'unknown-column-type' })
    expect(result.ok ? '' : backupReadErrors[result.code]).toBe('Sikkerhedskopien har en kolonne af en type, som denne version ikke kender. Intet er ændret.')
  })

  it('ignores whatever a version 1 file says about status logs or versions', () => {
    const old = { ...JSON.parse(VERSION_1_JSON), statusLogs: 'garbage', snapshots: [{ id: 1 }] }
    expect(readBackup(JSON.stringify(old))).toMatchObject({ ok: true, value: { statusLogs: [], snapshots: [] } })
  })

  it('accepts a byte order mark and an empty backup', () => {
    expect(readBackup(`\uFEFF${validJson()}`).ok).toBe(true)
    expect(readBackup(toBackupJson({ overviews: [], initiatives: [], statusLogs: [], snapshots: [], exportedAt: EXPORTED_AT }))).toMatchObject({
      ok: true,
      value: { overviews: [], initiatives: [], statusLogs: [], snapshots: [] },
    })
  })

  it('drops fields the model does not know', () => {
    const result = withFile((f) => {
      f.initiatives[0]!.zeta = 1
      f.statusLogs[0]!.mood = 'god'
      f.snapshots[0]!.overview.extra = true
      f.surprise = true
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(Object.keys(result.value.initiatives[0]!)).not.toContain('zeta')
    expect(Object.keys(result.value.statusLogs[0]!)).not.toContain('mood')
    expect(Object.keys(result.value.snapshots[0]!.overview)).not.toContain('extra')
  })

  it('refuses text that is not JSON', () => {
    for (const text of ['', 'hej', '{"format":', '<html></html>', 'NaN']) expect(readBackup(text)).toMatchObject({ ok: false, code: 'not-json' })
  })

  it('refuses JSON that is not a backup', () => {
    for (const value of [null, 1, 'x', [], [validFile()], {}, { format: 'something-else', version: 2 }, { ...validFile(), format: undefined }]) {
      expect(readBackup(JSON.stringify(value))).toMatchObject({ ok: false, code: 'not-a-backup' })
    }
  })

  it('refuses a file from a newer version (4 and beyond), with the Danish sentence', () => {
    for (const version of [4, 99, 2 ** 40]) {
      expect(withFile((f) => void (f.version = version))).toEqual({ ok: false, code: 'newer-version', detail: String(version) })
    }
    // Even when it looks exactly like today's files apart from the number.
    expect(readBackup(validJson().replace('"version": 3,', '"version": 4,'))).toEqual({ ok: false, code: 'newer-version', detail: '4' })
    expect(backupReadErrors['newer-version']).toMatch(/^Sikkerhedskopien er lavet med en nyere version af Indsatsoverblik/)
  })

  it('refuses a broken envelope: version and exportedAt', () => {
    for (const version of [0, -1, 1.5, '1', '2', null, undefined]) {
      expect(withFile((f) => void (f.version = version))).toMatchObject({ ok: false, code: 'invalid', detail: 'version' })
    }
    for (const exportedAt of ['', 'igår', 12, null]) {
      expect(withFile((f) => void (f.exportedAt = exportedAt))).toMatchObject({ ok: false, code: 'invalid', detail: 'exportedAt' })
    }
  })

  it('refuses missing lists and invalid records, naming the first bad field', () => {
    expect(withFile((f) => void delete (f as Record<string, unknown>).initiatives)).toMatchObject({ ok: false, code: 'invalid', detail: 'initiatives: not a list' })
    expect(withFile((f) => void (f.overviews = {} as never))).toMatchObject({ ok: false, code: 'invalid', detail: 'overviews: not a list' })
    expect(withFile((f) => void (f.initiatives[3]!.title = '  '))).toMatchObject({ ok: false, code: 'invalid', detail: 'initiatives.3.title: required' })
    expect(withFile((f) => void (f.initiatives[2]!.status = 'done'))).toMatchObject({ ok: false, code: 'invalid', detail: 'initiatives.2.status: status' })
    expect(withFile((f) => void (f.overviews[1]!.meetingDate = '2021-02-30'))).toMatchObject({ ok: false, code: 'invalid', detail: 'overviews.1.meetingDate: date' })
    expect(withFile((f) => void (f.initiatives[0]!.revision = -1))).toMatchObject({ ok: false, code: 'invalid' })
    expect(withFile((f) => void delete f.initiatives[0]!.order)).toMatchObject({ ok: false, code: 'invalid', detail: 'initiatives.0.order: Invalid input' })
  })

  it('refuses a version 2 file without its status logs or versions', () => {
    expect(withFile((f) => void delete (f as Record<string, unknown>).statusLogs)).toMatchObject({ ok: false, code: 'invalid', detail: 'statusLogs: not a list' })
    expect(withFile((f) => void (f.snapshots = null as never))).toMatchObject({ ok: false, code: 'invalid', detail: 'snapshots: not a list' })
  })

  it('refuses invalid status entries and versions, naming the first bad field', () => {
    expect(withFile((f) => void (f.statusLogs[1]!.text = ' \n '))).toMatchObject({ ok: false, code: 'invalid', detail: 'statusLogs.1.text: required' })
    expect(withFile((f) => void (f.statusLogs[0]!.date = '2021-13-01'))).toMatchObject({ ok: false, code: 'invalid', detail: 'statusLogs.0.date: date' })
    expect(withFile((f) => void (f.statusLogs[2]!.author = 'x'.repeat(201)))).toMatchObject({ ok: false, code: 'invalid', detail: 'statusLogs.2.author: too-long' })
    expect(withFile((f) => void delete f.statusLogs[0]!.author)).toMatchObject({ ok: false, code: 'invalid', detail: expect.stringMatching(/^statusLogs\.0\.author: /) })
    expect(withFile((f) => void (f.snapshots[0]!.label = ''))).toMatchObject({ ok: false, code: 'invalid', detail: 'snapshots.0.label: required' })
    expect(withFile((f) => void (f.snapshots[1]!.initiatives[2]!.category = 'D'))).toMatchObject({ ok: false, code: 'invalid', detail: 'snapshots.1.initiatives.2.category: category' })
    expect(withFile((f) => void (f.snapshots[1]!.statusLogs = {} as never))).toMatchObject({ ok: false, code: 'invalid', detail: expect.stringMatching(/^snapshots\.1\.statusLogs: /) })
    expect(withFile((f) => void delete f.snapshots[0]!.overview.legend)).toMatchObject({ ok: false, code: 'invalid', detail: expect.stringMatching(/^snapshots\.0\.overview\.legend: /) })
  })

  it('refuses an indsats whose overview is not in the file', () => {
    expect(withFile((f) => void (f.initiatives[5]!.overviewId = 'nowhere'))).toEqual({ ok: false, code: 'invalid', detail: 'initiatives.5.overviewId: no such overview' })
    expect(withFile((f) => void f.overviews.pop())).toMatchObject({ ok: false, code: 'invalid', detail: expect.stringMatching(/overviewId: no such overview$/) })
  })

  it('refuses a dangling status entry: no such indsats, or an indsats of another overview', () => {
    expect(withFile((f) => void (f.statusLogs[3]!.initiativeId = 'væk'))).toEqual({ ok: false, code: 'invalid', detail: 'statusLogs.3.initiativeId: no such indsats' })
    // The indsats exists, but not in the overview the entry names.
    expect(withFile((f) => void (f.statusLogs[0]!.overviewId = 'ov-0'))).toEqual({ ok: false, code: 'invalid', detail: 'statusLogs.0.initiativeId: no such indsats' })
    // Its indsats was left out of the file.
    expect(withFile((f) => void (f.initiatives = f.initiatives.filter((i) => i.id !== 'in-7')))).toEqual({ ok: false, code: 'invalid', detail: 'statusLogs.5.initiativeId: no such indsats' })
  })

  it('refuses a dangling version: its overview is not in the file', () => {
    expect(withFile((f) => void (f.snapshots[1]!.overviewId = 'væk'))).toEqual({ ok: false, code: 'invalid', detail: 'snapshots.1.overviewId: no such overview' })
    // Without the overview and what belongs to it, the version is what is left dangling.
    const result = withFile((f) => {
      f.overviews = f.overviews.filter((o) => o.id !== 'ov-0')
      f.initiatives = f.initiatives.filter((i) => i.overviewId !== 'ov-0')
      f.statusLogs = f.statusLogs.filter((e) => e.overviewId !== 'ov-0')
    })
    expect(result).toEqual({ ok: false, code: 'invalid', detail: 'snapshots.0.overviewId: no such overview' })
  })

  it('accepts a version holding rows that have since been deleted', () => {
    const result = withFile((f) => {
      f.initiatives = f.initiatives.filter((i) => i.id !== 'in-1')
    })
    expect(result.ok).toBe(true)
  })

  it('refuses duplicate ids', () => {
    expect(withFile((f) => void f.overviews.push({ ...f.overviews[0]! }))).toEqual({ ok: false, code: 'invalid', detail: 'overviews.2.id: duplicate' })
    expect(withFile((f) => void (f.initiatives[4]!.id = f.initiatives[1]!.id))).toEqual({ ok: false, code: 'invalid', detail: 'initiatives.4.id: duplicate' })
    expect(withFile((f) => void f.statusLogs.push({ ...f.statusLogs[2]! }))).toEqual({ ok: false, code: 'invalid', detail: `statusLogs.${statusLogs.length}.id: duplicate` })
    expect(withFile((f) => void (f.snapshots[1]!.id = f.snapshots[0]!.id))).toEqual({ ok: false, code: 'invalid', detail: 'snapshots.1.id: duplicate' })
  })

  it('caps the size of the text and the number of records', () => {
    const json = validJson()
    expect(readBackup(json, { ...BACKUP_LIMITS, maxChars: json.length - 1 })).toMatchObject({ ok: false, code: 'too-large' })
    expect(readBackup(json, { ...BACKUP_LIMITS, maxChars: json.length }).ok).toBe(true)
    expect(readBackup(json, { ...BACKUP_LIMITS, maxOverviews: 1 })).toMatchObject({ ok: false, code: 'too-large', detail: 'overviews: 2' })
    expect(readBackup(json, { ...BACKUP_LIMITS, maxInitiatives: 3 })).toMatchObject({ ok: false, code: 'too-large' })
    expect(readBackup(json, { ...BACKUP_LIMITS, maxInitiatives: initiatives.length })).toMatchObject({ ok: true })
    expect(BACKUP_LIMITS.maxChars).toBe(100 * 1024 * 1024)
  })

  it('has one Danish sentence for every code', () => {
    for (const text of Object.values(backupReadErrors)) expect(text).toMatch(/^[A-ZÆØÅ].*\.$/)
  })
})

describe('checkRecords', () => {
  it('accepts the records as they are and counts status entries and versions against the limits', () => {
    expect(checkRecords(records())).toMatchObject({ ok: true, value: records() })
    expect(checkRecords(records(), { ...BACKUP_LIMITS, maxInitiatives: statusLogs.length - 1 })).toMatchObject({ ok: false, code: 'too-large' })
    expect(checkRecords({ ...records(), initiatives: [], statusLogs: Array.from({ length: 4 }, () => ({})) }, { ...BACKUP_LIMITS, maxInitiatives: 3 })).toEqual({
      ok: false,
      code: 'too-large',
      detail: 'statusLogs: 4',
    })
    expect(checkRecords({ ...records(), overviews: [], snapshots: [{}, {}, {}] }, { ...BACKUP_LIMITS, maxOverviews: 2 })).toEqual({
      ok: false,
      code: 'too-large',
      detail: 'snapshots: 3',
    })
  })
})

describe('migrate', () => {
  it('passes a current file through unchanged', () => {
    const file = validFile()
    expect(migrate(file, 3)).toBe(file)
  })

  it('brings a version 1 file to version 2 with empty status logs and versions', () => {
    const old = JSON.parse(VERSION_1_JSON) as Record<string, unknown>
    expect(migrate(old, 1, 2)).toEqual({ ...old, version: 2, statusLogs: [], snapshots: [] })
    // The file read from disk is not changed in place.
    expect(old.version).toBe(1)
    expect(old).not.toHaveProperty('statusLogs')
  })

  it('has no step to read a newer version', () => {
    expect(migrate(validFile(), 3, 4)).toBeNull()
  })

  it('applies one step per version, in order, and refuses a gap', () => {
    const steps = {
      1: (f: Record<string, unknown>) => ({ ...f, version: 2, statusLogs: [], snapshots: [] }),
      2: (f: Record<string, unknown>) => ({ ...f, version: 3, seen: [...((f.seen as number[]) ?? []), 2] }),
    }
    expect(migrate({ version: 1 }, 1, 3, steps)).toEqual({ version: 3, statusLogs: [], snapshots: [], seen: [2] })
    expect(migrate({ version: 2 }, 2, 3, steps)).toEqual({ version: 3, seen: [2] })
    expect(migrate({ version: 1 }, 1, 4, steps)).toBeNull()
  })

  it('is wired into readBackup (overviews and initiatives survive)', () => {
    const result = readBackup(validJson())
    expect(result.ok && result.value.overviews.map((o) => o.id).sort()).toEqual(overviews.map((o) => o.id).sort())
  })
})
