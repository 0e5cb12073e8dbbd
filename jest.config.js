// Jest in ESM mode: ts-jest transpiles each file on its own (type checking is `npm run typecheck`).
export default {
  clearMocks: true,
  collectCoverageFrom: ['src/**/*.ts', '!src/index.ts', '!src/cli/index.ts'],
  coverageDirectory: 'coverage',
  coverageReporters: ['text-summary', 'lcov'],
  // Everything also runs in-process, the flows and src/main.ts included (wired to the loopback
  // fakes), so coverage sees it; the end-to-end tests run the same code as the bundle. Each folder
  // where the rules live is held to the same floor on its own, so a well-tested neighbour cannot
  // hide it.
  coverageThreshold: {
    global: { statements: 93, lines: 93, functions: 93, branches: 85 },
    ...Object.fromEntries(
      ['text', 'config', 'document', 'conversation', 'github-text', 'engine', 'flows'].map(
        (folder) => [
          `./src/${folder}/`,
          { statements: 95, lines: 95, functions: 95, branches: 85 },
        ],
      ),
    ),
  },
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  verbose: false,
}
