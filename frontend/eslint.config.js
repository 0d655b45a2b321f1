import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The shape of src/ (see README "Layout"). Imports flow one way: utils/lib/components → features → app, and a
 * feature never imports another feature; a page that needs two composes them in app/.
 */
const elements = [
  { type: 'app', pattern: 'src/app' },
  { type: 'features', pattern: 'src/features/*', capture: ['name'] },
  { type: 'components', pattern: 'src/components' },
  { type: 'lib', pattern: 'src/lib' },
  { type: 'utils', pattern: 'src/utils' },
  { type: 'types', pattern: 'src/types' },
  { type: 'testing', pattern: 'src/testing' },
  { type: 'styles', pattern: 'src/styles' },
  // main.tsx, the one file directly in src/ (v7 has no undeprecated way to make a single file an element).
  { type: 'entry', pattern: 'src/main.tsx', mode: 'file' },
];

const allowTo = (...types) => ({ to: { element: { types: { anyOf: types } } } });
const shared = ['components', 'lib', 'utils', 'types', 'styles'];

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'src/types/api.d.ts', 'test-results/', 'playwright-report/', 'blob-report/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
  },
  {
    files: ['*.{js,cjs,mjs,ts}', 'scripts/**', 'e2e/**', 'screenshots/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Type-aware rules: the TypeScript of tsconfig.json, and the scripts and configs through a default project.
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.cjs', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A check the contract's types make needless (a `?? ''` on a required field) hides which fields really may be absent.
      '@typescript-eslint/no-unnecessary-condition': 'error',
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': [{ category: 'test', pattern: '**/*.test.{ts,tsx}' }],
      'boundaries/include': ['src/**/*'],
      'boundaries/legacy-templates': false,
      // Silences only the deprecation notice of `mode: 'file'` above; the rules are unaffected.
      'boundaries/legacy-warnings': false,
      'import/resolver': { './eslint-alias-resolver.cjs': {} },
    },
    rules: {
      // Every file in src/ belongs to one of the elements above.
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { from: { element: { type: 'app' } }, allow: allowTo('app', 'features', 'testing', 'entry', ...shared) },
            { from: { element: { type: 'entry' } }, allow: allowTo('app', ...shared) },
            { from: { element: { type: 'features' } }, allow: allowTo(...shared) },
            // A feature imports itself (and nothing of another feature).
            {
              from: { element: { type: 'features' } },
              allow: {
                to: { element: { type: 'features', captured: { name: '{{ from.element.captured.name }}' } } },
              },
            },
            { from: { element: { type: 'components' } }, allow: allowTo('components', 'lib', 'utils', 'types', 'styles') },
            { from: { element: { type: 'lib' } }, allow: allowTo('lib', 'utils', 'types') },
            // The i18n core names the keys of the feature dictionaries in MessageKey: a type-only import, which
            // bundles nothing (a dictionary loads with the pages that import it; see lib/i18n/index.tsx).
            {
              from: { element: { type: 'lib' } },
              allow: { to: { file: { path: 'src/features/*/i18n.ts' } }, dependency: { kind: 'type' } },
            },
            { from: { element: { type: 'utils' } }, allow: allowTo('utils', 'types') },
            { from: { element: { type: 'types' } }, allow: allowTo('types') },
            { from: { element: { type: 'testing' } }, allow: allowTo('testing', ...shared) },
            // Tests of a feature may use the shared test helpers.
            {
              from: { element: { types: { anyOf: ['features', 'components', 'lib', 'utils'] } }, file: { categories: 'test' } },
              allow: allowTo('testing'),
            },
          ],
        },
      ],
    },
  },
);
