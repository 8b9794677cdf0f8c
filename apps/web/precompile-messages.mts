import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

/** en.ts / es.ts, and each area's catalogue (governance.en.ts, funds.es.ts, ...). */
const CATALOGUE = /\/src\/i18n\/messages\/(?:[\w-]+\.)?(?:en|es)\.ts$/;
/** `import { governanceEn } from './governance.en';`: how en.ts and es.ts take in the areas' catalogues. */
const AREA_IMPORT = /^import\s*\{([\w\s,]+)\}\s*from\s*['"](\.\/[\w.-]+)['"];?[ \t]*$/gm;

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
      // The module is TypeScript already stripped to `export const en = {...}`. The areas' catalogues
      // it spreads are compiled on their own (this same transform): evaluate only its own strings, with
      // each imported catalogue standing in as an empty object, and spread the imports back after.
      const imports = [...code.matchAll(AREA_IMPORT)];
      const areaNames = imports.flatMap((line) =>
        (line[1] ?? '')
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean),
      );
      const standIns = areaNames.map((name) => `const ${name} = {};`).join('\n');
      const own = `${standIns}\n${code.replace(AREA_IMPORT, '')}`;
      const module = (await import(`data:text/javascript,${encodeURIComponent(own)}`)) as Record<
        string,
        Record<string, string>
      >;
      const exported = Object.entries(module);
      if (exported.length === 0) throw new Error(`${id} exports no catalogue`);
      const spreads = areaNames.map((name) => `...${name}`).join(', ');
      const body = exported
        .map(([name, messages]) => {
          const compiled = Object.fromEntries(
            Object.entries(messages).map(([key, message]) => [key, parse(message)]),
          );
          return `export const ${name} = { ...${JSON.stringify(compiled)}${spreads ? `, ${spreads}` : ''} };`;
        })
        .join('\n');
      return { code: `${imports.map((line) => line[0]).join('\n')}\n${body}\n`, map: null };
    },
  };
}
