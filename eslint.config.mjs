import nx from '@nx/eslint-plugin';

/** What every domain may use: the shared vocabulary and the kernel. */
const KERNEL = ['type:contracts', 'type:kernel'];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.data', '**/generated/**', '**/vite.config.*.timestamp*'],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // Domain libraries talk to each other through their public entry points only, and shared
      // code never reaches into a domain (docs/CONVENTIONS.md, rule 10).
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          // The end-to-end tests and benchmarks start the real API in their own process.
          allow: ['@braid/api'],
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:testing'] },
            { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: ['type:contracts', 'type:testing'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['scope:shared', 'type:domain'] },
            // Each domain imports only the domains beneath it, the ones it is built on. Anything
            // else goes through an event, a check or the kernel (docs/ARCHITECTURE.md, "Between
            // domains"): widen a list only with a reason, never to reach back up the stack.
            { sourceTag: 'scope:identity', onlyDependOnLibsWithTags: [...KERNEL] },
            { sourceTag: 'scope:collaboratives', onlyDependOnLibsWithTags: [...KERNEL, 'scope:identity'] },
            {
              sourceTag: 'scope:governance',
              onlyDependOnLibsWithTags: [...KERNEL, 'scope:identity', 'scope:collaboratives'],
            },
            {
              sourceTag: 'scope:funds',
              onlyDependOnLibsWithTags: [...KERNEL, 'scope:collaboratives', 'scope:governance'],
            },
            {
              sourceTag: 'scope:reports',
              onlyDependOnLibsWithTags: [...KERNEL, 'scope:collaboratives', 'scope:funds'],
            },
            {
              sourceTag: 'scope:notifications',
              onlyDependOnLibsWithTags: [...KERNEL, 'scope:identity', 'scope:collaboratives'],
            },
            {
              sourceTag: 'scope:transparency',
              onlyDependOnLibsWithTags: [...KERNEL, 'scope:collaboratives', 'scope:funds'],
            },
            { sourceTag: 'type:web', onlyDependOnLibsWithTags: ['type:contracts', 'type:web'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['scope:shared', 'type:domain'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
            { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['*'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
];
