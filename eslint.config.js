import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { readdirSync } from 'node:fs'

// Every folder under src/features is a feature; each may import none of the others.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)

const noUiInPureCode = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'domain/ and io/ are pure: no React.' },
    { group: ['dexie', 'dexie-react-hooks'], message: 'domain/ and io/ are pure: no Dexie.' },
    { group: ['**/storage', '**/storage/*', '**/features/*', '**/app/*', '**/ui/*'], message: 'domain/ and io/ may not import storage, features, app or ui.' },
  ],
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench/results', 'public/sw.js', '.tmp*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML.' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/domain/**', 'src/io/**'],
    rules: { 'no-restricted-imports': ['error', noUiInPureCode] },
  },
  {
    // Dexie belongs to src/storage alone.
    files: ['src/features/**', 'src/app/**', 'src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'dexie', message: 'Only src/storage imports Dexie.' }] }],
    },
  },
  {
    // The sync server shares only the protocol's constants with the browser app.
    files: ['server/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./src/(?!domain/sync-protocol\\.ts$)', message: 'server/ imports only src/domain/sync-protocol.ts from the app.' }] }],
    },
  },
  // Features do not import each other: one block per feature folder.
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only src/storage imports Dexie.' }],
          patterns: [{ regex: `^\\.\\./(?!${feature}/)[^./][^/]*/`, message: 'Features do not import each other; compose them in src/app.' }, { group: ['**/features/*'], message: 'Features do not import each other; compose them in src/app.' }],
        },
      ],
    },
  })),
)
