// Lint keeps the dependency direction of docs/architecture.md:
// pages → services → contracts; functions → server → core/contracts; core and contracts import nothing else.
const tseslint = require('typescript-eslint');

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const group = (group, message) => ({ group, message });

const NOT_SERVER = group(['**/server/**', '@/server/**', 'wx-server-sdk'], 'Client code never imports cloud-side code or the server SDK.');
const NOT_CLIENT = group(['**/services/**', '**/pages/**', '**/packages/**', '**/components/**', '@/services/**', '@/pages/**', '@/packages/**', '@/components/**', '@tarojs/*', 'react'], 'Cloud-side code never imports client code.');
const PURE = group(
  ['**/server/**', '**/services/**', '**/pages/**', '**/packages/**', '**/components/**', '**/emulator/**', '@/server/**', '@/services/**', '@tarojs/*', 'react', 'wx-server-sdk', 'node:*', 'fs', 'http'],
  'core and contracts are pure: no I/O, no Taro, no SDK.',
);

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
  { files: ['src/core/**', 'src/contracts/**'], rules: restrict([PURE]) },
  { files: ['src/pages/**', 'src/packages/**', 'src/components/**', 'src/services/**', 'src/hooks/**', 'src/app.tsx'], rules: restrict([NOT_SERVER]) },
  { files: ['src/server/**', 'cloudfunctions/**'], rules: restrict([NOT_CLIENT]) },
);
