// Lint rules, including the one-way import boundaries between src/ folders (see README, "Code layout").
import tseslint from 'typescript-eslint';

const boundary = (from, banned) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: banned.map((b) => ({ group: [`**/${b}/*`, `../${b}/*`], message: `src/${from} must not import src/${b} (imports flow one way).` })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'geodata/**', '.tmp/**', '.dbg/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  boundary('model', ['state', 'map', 'ui', 'export']),
  boundary('state', ['map', 'ui', 'export']),
  boundary('map', ['state', 'ui', 'export']),
  boundary('ui', ['map']),
  boundary('export', ['ui']),
);
