import { parse } from '@formatjs/icu-messageformat-parser';
import type { Plugin } from 'vite';

const CATALOGUE = /\/src\/i18n\/messages\/(en|es)\.ts$/;

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
      const match = CATALOGUE.exec(id);
      if (!match) return null;
      const name = match[1];
      // The module is TypeScript already stripped to `export const en = {...}`: evaluate it as is.
      const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<
        string,
        Record<string, string>
      >;
      const messages = module[name];
      if (!messages) throw new Error(`${id} does not export "${name}"`);
      const compiled = Object.fromEntries(
        Object.entries(messages).map(([key, message]) => [key, parse(message)]),
      );
      return { code: `export const ${name} = ${JSON.stringify(compiled)};\n`, map: null };
    },
  };
}
