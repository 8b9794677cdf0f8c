import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the API's committed schema. Operations are written with `graphql(...)`
 * next to the page that uses them; a schema change that breaks one fails codegen (unknown field)
 * or the typecheck (changed type) instead of failing for a user.
 *
 * The output is not committed: `codegen` is a dependency of build, serve, typecheck and test, so
 * every one of them regenerates it from a clean clone (Nx caches it).
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/graphql/generated/**'],
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        // Apollo Client 4 has its own data masking; the preset's masking would be a second one.
        fragmentMasking: false,
      },
      config: {
        // Scalars as they travel in JSON. Amounts (Cents) are decimal strings: never numbers.
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          JSON: 'unknown',
          Cents: 'string',
        },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
