import { describe, expect, it } from '@jest/globals'
import {
  meetsPermission,
  parsePermission,
  PERMISSIONS,
  readNeedsConfirmation,
} from '../../src/config/permissions.js'

describe('PERMISSIONS', () => {
  it("lists GitHub's levels, lowest first", () => {
    expect(PERMISSIONS).toEqual(['none', 'read', 'triage', 'write', 'maintain', 'admin'])
  })
})

describe('parsePermission', () => {
  it('reads each level, ignoring case and surrounding spaces', () => {
    for (const p of PERMISSIONS) {
      expect(parsePermission(p)).toBe(p)
      expect(parsePermission(` ${p.toUpperCase()}\n`)).toBe(p)
    }
  })

  it('reads the older REST names pull and push', () => {
    expect(parsePermission('pull')).toBe('read')
    expect(parsePermission('Push')).toBe('write')
  })

  it('is null for anything else', () => {
    for (const v of [
      '',
      'owner',
      'writer',
      'custom-role',
      'constructor',
      '__proto__',
      'toString',
    ]) {
      expect(parsePermission(v)).toBeNull()
    }
  })
})

describe('meetsPermission', () => {
  it('accepts the required level and every higher one, and nothing lower', () => {
    PERMISSIONS.forEach((required, r) => {
      PERMISSIONS.forEach((actual, a) => {
        expect(meetsPermission(actual, required)).toBe(a >= r)
      })
    })
  })

  it('puts triage below write and maintain above it', () => {
    expect(meetsPermission('triage', 'write')).toBe(false)
    expect(meetsPermission('maintain', 'write')).toBe(true)
    expect(meetsPermission('admin', 'maintain')).toBe(true)
    expect(meetsPermission('none', 'read')).toBe(false)
  })
})

describe('readNeedsConfirmation', () => {
  it('doubts a read on a public repository only: GitHub reports it for every user there', () => {
    expect(readNeedsConfirmation('read', false)).toBe(true)
    expect(readNeedsConfirmation('read', true)).toBe(false)
    for (const p of ['none', 'triage', 'write', 'maintain', 'admin'] as const)
      expect(readNeedsConfirmation(p, false)).toBe(false)
  })
})
