/**
 * The import direction of src/: each folder may import only the folders listed for it, so a
 * file's folder tells what it may depend on. CONTRIBUTING.md's layout table describes the same
 * folders. Run by `npm run lint:layers` (and .ci/run).
 */
const MAY_IMPORT = {
  text: [],
  assets: [],
  config: ['text'],
  document: ['text', 'config'],
  conversation: ['text', 'config', 'document', 'assets'],
  'github-text': ['text', 'config', 'document', 'conversation'],
  engine: ['text', 'config', 'document', 'conversation'],
  adapters: ['text', 'config', 'conversation'],
  flows: [
    'text',
    'config',
    'document',
    'conversation',
    'github-text',
    'engine',
    'adapters',
    'assets',
  ],
  action: [
    'text',
    'config',
    'document',
    'conversation',
    'github-text',
    'engine',
    'adapters',
    'flows',
  ],
  cli: [
    'text',
    'config',
    'document',
    'conversation',
    'github-text',
    'engine',
    'adapters',
    'assets',
  ],
}

const layerRules = Object.entries(MAY_IMPORT).map(([folder, allowed]) => ({
  name: `${folder}-imports`,
  comment: `src/${folder}/ may import only ${allowed.length ? allowed.map((f) => `src/${f}/`).join(', ') : 'packages'}.`,
  severity: 'error',
  from: { path: `^src/${folder}/` },
  to: { path: '^src/', pathNot: [`^src/${folder}/`, ...allowed.map((f) => `^src/${f}/`)] },
}))

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'composition-root',
      comment: 'src/main.ts wires everything together: only src/index.ts imports it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/index\\.ts$' },
      to: { path: '^src/main\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-tests-in-src',
      comment: 'The sources never import tests, fakes or benchmarks.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(__tests__|bench|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
}
