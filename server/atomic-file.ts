/**
 * Writes a file so that a crash at any moment leaves either the old file or the new one,
 * never a mix: the bytes go to a temporary file in the same folder, which is flushed to
 * disk (fsync), renamed over the target (atomic on one file system), and then the folder
 * itself is flushed so the rename survives a power cut.
 */
import { randomBytes } from 'node:crypto'
import { open, readdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

const TEMP_SUFFIX = '.tmp'

export async function writeFileAtomic(path: string, data: Uint8Array | string, mode = 0o600): Promise<void> {
  const folder = dirname(path)
  // Dot-prefixed and with the process id and random bytes: never taken for a document,
  // never clashing with a second write of the same file still in flight.
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
  try {
    const handle = await open(temp, 'wx', mode)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  await syncFolder(folder)
}

async function syncFolder(folder: string): Promise<void> {
  let handle
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch (error) {
    // Some systems (Windows) cannot open or fsync a folder; the rename is still atomic there.
    if (!isErrorCode(error, 'EISDIR', 'EPERM', 'EINVAL', 'EACCES')) throw error
  } finally {
    await handle?.close()
  }
}

/** Removes temporary files a crash left behind; they are never a complete document. */
export async function removeStaleTempFiles(folder: string): Promise<string[]> {
  const names = (await readdir(folder)).filter((name) => name.startsWith('.') && name.endsWith(TEMP_SUFFIX))
  await Promise.all(names.map((name) => rm(join(folder, name), { force: true })))
  return names
}

export function isErrorCode(error: unknown, ...codes: string[]): boolean {
  return typeof error === 'object' && error !== null && codes.includes(String((error as { code?: unknown }).code))
}
