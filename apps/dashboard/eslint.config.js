// @ts-check
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import root from '../../eslint.config.js';

/**
 * The repository's rules, plus Svelte's for the components. ESLint finds this
 * file for everything under apps/dashboard, so it must carry the root rules.
 */
export default tseslint.config(
  ...root,
  ...svelte.configs.recommended,
  {
    files: ['src/**/*.{ts,svelte}', 'src/**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
      },
    },
  },
);
