// Lint = the machine-checked architecture. Three folder rules keep the layers honest:
// core/ is pure (no platform modules), renderer/ never touches Node, electron/ never pulls in the UI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'fs', 'path', 'os', 'child_process', 'crypto', 'stream', 'util', 'url', 'events', 'buffer',
  'http', 'https', 'net', 'zlib', 'worker_threads', 'process', 'module', 'readline', 'assert',
];
const nodeBuiltinPatterns = ['node:*', ...nodeBuiltins.map((m) => `${m}`), ...nodeBuiltins.map((m) => `${m}/*`)];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', 'react', 'react-dom', 'lexical'].map((name) => ({ name, message: 'core/ là lõi thuần: không được import nền tảng (electron, react, lexical, DOM, Node).' })),
        patterns: [
          { group: ['@lexical/*', 'react-dom/*', 'electron/*', ...nodeBuiltinPatterns], message: 'core/ là lõi thuần: không được import nền tảng (electron, react, lexical, DOM, Node).' },
          { group: ['**/renderer/**', '**/electron/**'], message: 'core/ không phụ thuộc vào các lớp bao quanh nó.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'renderer/ chỉ nói chuyện với nền tảng qua window.vanthu (platform API).' }],
        patterns: [
          { group: ['electron/*', ...nodeBuiltinPatterns], message: 'renderer/ chạy trong trình duyệt: không import Node.' },
          { group: ['**/electron/**'], message: 'renderer/ không import mã của tiến trình chính.' },
        ],
      }],
      'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react-dom/*', 'lexical', '@lexical/*'], message: 'electron/ không chứa giao diện.' },
          { group: ['**/renderer/**'], message: 'electron/ không import mã giao diện.' },
        ],
      }],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', '*.mts', '*.ts', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
