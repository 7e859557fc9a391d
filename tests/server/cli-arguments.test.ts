/** Which argument lists are commands (pure: no process, no files). */
import { describe, expect, it } from 'vitest'
import { parseCommand } from '../../server/cli.ts'

describe('parseCommand', () => {
  it.each([
    [['user', 'add', 'Mette Holm', '--role', 'editor'], { command: 'add', name: 'Mette Holm', role: 'editor', overview: null }],
    [['user', 'add', 'Chef', '--role', 'reader', '--overview', 'abc-1'], { command: 'add', name: 'Chef', role: 'reader', overview: 'abc-1' }],
    [['user', 'add', '--role=reader', 'Chef'], { command: 'add', name: 'Chef', role: 'reader', overview: null }],
    [['user', 'list'], { command: 'list' }],
    [['user', 'remove', 'Mette Holm'], { command: 'remove', name: 'Mette Holm' }],
    [['--help'], { command: 'help' }],
    [['help'], { command: 'help' }],
  ])('%j is a command', (args, expected) => {
    expect(parseCommand(args)).toEqual(expected)
  })

  it.each([
    [['user']],
    [['users', 'list']],
    [['user', 'add', 'Uden rolle']],
    [['user', 'add', 'X', '--role', 'admin']],
    [['user', 'add', 'X', '--role']],
    [['user', 'add', '--role', 'editor']],
    [['user', 'add', 'X', 'Y', '--role', 'editor']],
    [['user', 'add', 'X', '--role', 'editor', '--bogus']],
    [['user', 'list', 'extra']],
    [['user', 'list', '--role', 'editor']],
    [['user', 'remove']],
    [['user', 'remove', 'X', '--overview', 'abc']],
    [['start']],
  ])('%j is not', (args) => {
    expect(parseCommand(args)).toBeNull()
  })
})
