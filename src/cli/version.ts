/**
 * The version `tech-design --version` prints: package.json's, imported as JSON so the bundler
 * inlines it into dist/cli/index.js (the bundle has no package.json beside it to read at run time).
 */
import packageJson from '../../package.json' with { type: 'json' }

export const VERSION: string = packageJson.version
