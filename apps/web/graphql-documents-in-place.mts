import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const GENERATED = fileURLToPath(new URL('./src/graphql/generated/graphql.ts', import.meta.url));
/** A `graphql(\`...\`)` call as pages write them: one document in a template without substitutions. */
const GRAPHQL_CALL = /\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/;
/** The preset's `graphql` import, left unused by the rewrite: dropped, or its map of every document stays. */
const GRAPHQL_IMPORT = /^import\s*\{\s*graphql\s*\}\s*from\s*['"][./]+graphql\/generated['"];?[ \t]*$/m;

/** `export const NameDocument = {…} as unknown as DocumentNode<…>;`, one line each in the generated module. */
const GENERATED_DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm;

/**
 * Production builds replace each `graphql(\`query Name …\`)` with the parsed document codegen
 * wrote for it (`NameDocument`, or `NameFragmentDoc` for a fragment, fragments it spreads included),
 * written in place. Otherwise the preset's `graphql()` looks documents up in one map of every
 * document of the app, and importing the generated module instead (as the preset's Babel plugin
 * does) still puts all of them in one chunk shared by every page: either way about 40 kB gzipped
 * of other pages' queries in each first load. In place, a page's documents travel with the page.
 * Development and tests keep the plain call; the types come from the same generated module either way.
 */
export function graphqlDocumentsInPlace(): Plugin {
  let documents: Map<string, string> | null = null;
  return {
    name: 'braid:graphql-documents-in-place',
    apply: 'build',
    buildStart() {
      documents = null;
    },
    transform(code, id) {
      if (
        !id.includes('/apps/web/src/') ||
        id.includes('/graphql/generated/') ||
        !code.includes('graphql(')
      ) {
        return null;
      }
      documents ??= new Map(
        [...readFileSync(GENERATED, 'utf8').matchAll(GENERATED_DOCUMENT)].map((m) => [
          m[1] ?? '',
          m[2] ?? '',
        ]),
      );
      const output = new MagicString(code);
      let replaced = 0;
      for (const call of code.matchAll(GRAPHQL_CALL)) {
        const definition = DEFINITION.exec(call[1] ?? '');
        if (!definition) throw new Error(`${id}: a graphql() document without a named operation or fragment`);
        const [, kind, name] = definition;
        const generated = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        const document = documents.get(generated);
        if (!document) throw new Error(`${id}: ${generated} is not in the generated operations; run codegen`);
        output.overwrite(call.index, call.index + call[0].length, `(${document})`);
        replaced++;
      }
      if (replaced === 0) return null;
      const graphqlImport = GRAPHQL_IMPORT.exec(code);
      if (graphqlImport) output.remove(graphqlImport.index, graphqlImport.index + graphqlImport[0].length);
      return { code: output.toString(), map: output.generateMap({ hires: 'boundary', source: id }) };
    },
  };
}
