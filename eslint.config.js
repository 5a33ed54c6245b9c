// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The domain and the query engine built on it must stay pure: no I/O, no
 * framework. Rather than list what is forbidden, each may import only
 * relative modules and the few pure libraries named here.
 */
const pureMayImport = {
  domain: ['zod'],
  'ledger-index': ['@cleannet/domain'],
};

/** The rules that keep `packages/<name>` pure. */
function pureRules(name) {
  const mayImport = pureMayImport[name];
  return {
    files: [`packages/${name}/src/**/*.ts`],
    // Tests and their support (random histories built with fast-check) are not the product.
    ignores: [`packages/${name}/src/**/*.test.ts`, `packages/${name}/src/testing/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(?!\\.{1,2}/|(${mayImport.join('|')})(/|$))`,
              message:
                `packages/${name} is pure: it may import only relative modules and ` +
                mayImport.join(', ') +
                '. I/O and frameworks belong in adapters.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The domain reads no environment: pass values in.' },
        { name: 'fetch', message: 'The domain does no I/O.' },
        { name: 'setTimeout', message: 'The domain does not schedule work.' },
        { name: 'setInterval', message: 'The domain does not schedule work.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain never reads the clock: time is passed in.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain never reads the clock: time is passed in.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'The domain is deterministic: randomness is passed in.',
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/coverage/**',
      '**/test-results/**',
      'infra/kafka/.cache/**',
      'infra/kafka/.run/**',
      'artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  pureRules('domain'),
  pureRules('ledger-index'),
);
