/**
 * Four levels of tests, each a jest project (docs/architecture.md "Tests"). Timeouts are sized for a busy
 * 2-core machine (CI runs here with other work): test/setup/timeout.ts gives every test and hook its level's,
 * and the concurrency and e2e tests name their own as well.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const base = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  // jest's node environment, disabling each finished file's AsyncLocalStorage instances (see the file).
  testEnvironment: '<rootDir>/test/setup/environment.ts',
  transformIgnorePatterns: ['/node_modules/'],
  // The level's timeout for every test and hook (unit 20 s, integration 60 s, e2e and platform 180 s).
  setupFilesAfterEnv: ['<rootDir>/test/setup/timeout.ts'],
};
module.exports = {
  projects: [
    {
      ...base,
      displayName: 'unit',
      // Components' tests sit beside them (src/components/<name>/index.test.tsx); everything else under test/unit.
      testMatch: ['<rootDir>/test/unit/**/*.test.ts?(x)', '<rootDir>/src/**/*.test.ts?(x)'],
      // Tests of hooks and components run in jsdom (docblock `@jest-environment jsdom`) with Taro as the DOM it
      // renders on H5: test/helpers/taro-jsdom.
      moduleNameMapper: {
        ...base.moduleNameMapper,
        '^@tarojs/components$': '<rootDir>/test/helpers/taro-jsdom/components.tsx',
        '^@tarojs/taro$': '<rootDir>/test/helpers/taro-jsdom/taro.ts',
        '\\.s?css$': '<rootDir>/test/helpers/taro-jsdom/style.ts',
      },
    },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/setup/build-functions.ts',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/setup/build-functions.ts',
    },
    { ...base, displayName: 'platform', testMatch: ['<rootDir>/test/platform/**/*.test.ts'] },
  ],
};
