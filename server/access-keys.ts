/**
 * Access keys: 256 random bits, shown once as base64url (43 characters), stored only as
 * their SHA-256.
 *
 * A plain SHA-256 is enough here, and deliberately not a slow password hash (scrypt,
 * argon2): slow hashes exist to make guessing low-entropy passwords expensive, but a key
 * of 256 random bits cannot be guessed whatever the hash costs, and a fast hash keeps
 * every connection's check cheap.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

export const generateAccessKey = (): string => randomBytes(32).toString('base64url')

export const hashAccessKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex')

/** Compares two stored hashes in constant time (both are 64 hex characters). */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8')
  const right = Buffer.from(b, 'utf8')
  return left.length === right.length && timingSafeEqual(left, right)
}
