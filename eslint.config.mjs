// @ts-check
// ESLint flat config: @eslint/js recommended, typescript-eslint's type-checked rules,
// eslint-plugin-astro, and eslint-config-prettier last so formatting is Prettier's alone.
// Every override says why.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'content/', 'seeds/', 'tests/fixtures/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs['flat/recommended'],
  {
    // Astro files are checked by `astro check` with the types Astro generates; the type-aware
    // rules cannot see those types through the Astro parser and would report every prop as `any`.
    files: ['**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Plain JavaScript config files are not part of the TypeScript project.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Decoding and cleaning find and remove control characters in seeds: matching them is the point.
      'no-control-regex': 'off',
      // Escapes such as `[\-\[]` inside character classes are kept for readers unsure which need one.
      'no-useless-escape': 'off',
    },
  },
  {
    // wink-nlp's `its.*` helpers are plain functions its typings declare as methods, and its
    // `out()` returns a union the casts narrow to what each helper gives.
    files: ['src/pipeline/stages/metadata/analyze.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off', '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  {
    // `ingest.ingest` is a plain function held in an object (the thread pool or the in-process runner), not a method using `this`.
    files: ['src/pipeline/run.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // Astro's `LoaderContext` types `parseData` and `generateDigest` as methods; they are plain
    // functions made for each loader run, and use no `this`.
    files: ['src/loaders/briefings.ts'],
    rules: { '@typescript-eslint/unbound-method': 'off' },
  },
  {
    // Tests read JSON the site wrote (feeds, JSON-LD, Pagefind's entry) and check its shape with
    // `expect`, which is the type check; typing every parse first would only repeat the assertion.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  prettier,
);
