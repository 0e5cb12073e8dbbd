import { describe, expect, it } from '@jest/globals'
import { flowSettings } from '../../src/flows/deps.js'
import { DEFAULT_SETTINGS } from '../support/flow-deps.js'

describe('flowSettings', () => {
  it('copies the settings the flows read, and nothing beside them', () => {
    const inputs = {
      ...DEFAULT_SETTINGS,
      templatePath: '.github/template.md',
      githubToken: 'ghs_secret0123456789',
      anthropicApiKey: 'sk-ant-secret0123456789',
      anthropicHeaders: { 'x-gateway-key': 'gateway-secret' },
      number: 4,
    }
    const settings = flowSettings(inputs)
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, templatePath: '.github/template.md' })
    expect(JSON.stringify(settings)).not.toMatch(/secret/)
  })
})
