import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'scratch/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Tests must not be focused or skipped silently.
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only' },
        { object: 'describe', property: 'only' },
        { object: 'test', property: 'only' },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Confirmations go through the app's one dialog (ui/ConfirmDialog, useConfirm), never the browser's own.
      'no-alert': 'error',
    },
  },
  {
    // Every word a person reads comes through the i18n layer (t()): text written straight into JSX is refused.
    // Symbols, digits and punctuation alone ("·", "—", "#") are not words and pass (the rule's default words filter).
    files: ['src/web/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only' }],
      // The attributes a person reads or hears (placeholder, title, alt, aria-label) too.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'JSXAttribute[name.name=/^(placeholder|title|alt|aria-label|aria-description)$/] > Literal[value=/[A-Za-z]{2}/]',
          message: 'Put this text in a catalog (src/web/i18n/en/*.ts) and use t().',
        },
      ],
    },
  },
);
