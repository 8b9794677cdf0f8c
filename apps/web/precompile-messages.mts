import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

/** The main catalogues (en.ts, es.ts) and each area's (funds.en.ts, public.es.ts, ...). */
const CATALOGUE = /\/src\/i18n\/messages\/(?:[a-z]+\.)?(?:en|es)\.ts$/;
const IMPORT = /^import\s*\{\s*(\w+)\s*\}\s*from\s*(['"][^'"]+['"]);?\s*$/gm;

/**
 * Production builds ship the message catalogues already parsed (ICU → AST), FormatJS's recommended
 * setup: the browser then needs no ICU parser, which the alias below removes from the bundle
 * (about 9 kB gzipped of a phone's first load). Development and the unit tests keep the plain
 * strings (the catalogue test reads them).
 */
export function precompileMessages(): Plugin {
  return {
    name: 'braid:precompile-messages',
    apply: 'build',
    enforce: 'post',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        ],
      },
    }),
    async transform(code, id) {
      if (!CATALOGUE.test(id)) return null;
      // The main catalogues spread the areas' ones, which this same transform compiles: keep those
      // imports and spreads as they are, and evaluate only the module's own strings.
      const imports = [...code.matchAll(IMPORT)].map(([line, name]) => ({ line, name: name as string }));
      let own = code;
      for (const { line, name } of imports) {
        own = own.replace(line, '').replace(new RegExp(`\\.\\.\\.${name}\\b,?`), '');
      }
      // The module is TypeScript already stripped to `export const en = {...}`: evaluate it as is.
      const module = (await import(`data:text/javascript,${encodeURIComponent(own)}`)) as Record<
        string,
        Record<string, string>
      >;
      const exported = Object.entries(module);
      if (exported.length === 0) throw new Error(`${id} exports no catalogue`);
      const spreads = imports.map(({ name }) => `...${name}`).join(', ');
      const body = exported
        .map(([name, messages]) => {
          const compiled = Object.fromEntries(
            Object.entries(messages).map(([key, message]) => [key, parse(message)]),
          );
          return `export const ${name} = { ...${JSON.stringify(compiled)}${spreads ? `, ${spreads}` : ''} };`;
        })
        .join('\n');
      return { code: `${imports.map(({ line }) => line.trim()).join('\n')}\n${body}\n`, map: null };
    },
  };
}
