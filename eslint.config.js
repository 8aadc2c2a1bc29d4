// Lint keeps the dependency direction of docs/architecture.md:
// pages → services → contracts; functions → server → core/contracts; core and contracts import nothing else.
// Each contract has a zod-free half (<domain>.ts: types, constants, action names) and its schemas
// (<domain>.schema.ts); client code and the zod-free halves never import zod or a schema, directly or through
// a barrel, so the weapp main package carries no zod.
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');

// typescript-eslint's version of the rule: it can let `import type` through (erased in the build, costs no bytes).
const restrict = (patterns) => ({ 'no-restricted-imports': 'off', '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });
const group = (group, message, allowTypeImports = false) => ({ group, message, allowTypeImports });

const NOT_SERVER = group(['**/server/**', '@/server/**', 'wx-server-sdk'], 'Client code never imports cloud-side code or the server SDK.');
const NOT_CLIENT = group(
  [
    '**/services/**',
    '**/pages/**',
    '**/packages/**',
    '**/components/**',
    '@/services/**',
    '@/pages/**',
    '@/packages/**',
    '@/components/**',
    '@tarojs/*',
    'react',
  ],
  'Cloud-side code never imports client code.',
);
const NO_ZOD = group(
  ['zod', 'zod/*', '**/*.schema', '**/*.schema.ts', '@/contracts/*.schema'],
  'Client code and the zod-free contract halves never import zod or a schema (the schemas are for functions and the server).',
  true,
);
const PURE = group(
  [
    '**/server/**',
    '**/services/**',
    '**/pages/**',
    '**/packages/**',
    '**/components/**',
    '**/emulator/**',
    '@/server/**',
    '@/services/**',
    '@tarojs/*',
    'react',
    'wx-server-sdk',
    'node:*',
    'fs',
    'http',
  ],
  'core and contracts are pure: no I/O, no Taro, no SDK.',
);

const CLIENT = ['src/pages/**', 'src/packages/**', 'src/components/**', 'src/services/**', 'src/hooks/**', 'src/app.tsx'];
/** Tests beside client code may compare a form with the server's schema. */
const CLIENT_TESTS = ['src/**/*.test.ts', 'src/**/*.test.tsx'];

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'cloudfunctions/*/index.js', '.data/**', 'coverage/**', '**/*.d.ts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/core/**', 'src/contracts/*.schema.ts'], rules: restrict([PURE]) },
  { files: ['src/contracts/**'], ignores: ['src/contracts/*.schema.ts'], rules: restrict([PURE, NO_ZOD]) },
  { files: CLIENT, rules: restrict([NOT_SERVER, NO_ZOD]) },
  { files: CLIENT_TESTS, rules: restrict([NOT_SERVER]) },
  // React code only: server and test helpers have their own use* functions (useLocalCloud) that are not hooks.
  // The recommended set includes the React Compiler's rules (refs, purity, set-state-in-effect …): they find real
  // render-time mistakes and are quiet on this code. Everything is an error: a warning nobody reads is noise.
  {
    files: [...CLIENT, 'test/unit/hooks/**', 'test/unit/components/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...Object.fromEntries(Object.keys(reactHooks.configs.flat.recommended.rules).map((rule) => [rule, 'error'])),
    },
  },
  { files: ['src/server/**', 'cloudfunctions/**'], rules: restrict([NOT_CLIENT]) },
);
