import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { en } from './en';

/**
 * The words a page shows must be in a catalogue it loads: the shell's, or an area its loader names
 * with `withMessages` (i18n/catalogues.ts). Otherwise the page shows a message id in production,
 * while the unit tests, which have every catalogue, pass. This walks the sources: from each
 * `withMessages(area, () => import(page))` it follows the page's imports (not into another loaded
 * page) and collects the ids written there, literally or as a `prefix.${...}` template.
 */
const src = resolve(__dirname, '../..');
const messagesDir = join(src, 'i18n/messages');
const ids = Object.keys(en);

function areaIds(file: string): Set<string> {
  const found = new Set<string>();
  for (const match of readFileSync(join(messagesDir, file), 'utf8').matchAll(/^\s+'([^']+)':/gm))
    found.add(match[1]);
  return found;
}

/** An area's ids: its file and the files it spreads (funds.en.ts spreads ledger-memo.en.ts). */
function catalogue(area: string): Set<string> {
  const file = `${area}.en.ts`;
  const found = areaIds(file);
  for (const match of readFileSync(join(messagesDir, file), 'utf8').matchAll(/from '\.\/([\w-]+\.en)'/g))
    for (const id of areaIds(`${match[1]}.ts`)) found.add(id);
  return found;
}

function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

const LOADER = /withMessages\(\s*(\[[^\]]*\]|'[\w-]+')\s*,\s*\(\)\s*=>\s*import\('([^']+)'\)/g;
const loaders: { file: string; page: string; areas: string[] }[] = [];
for (const file of readdirSync(join(src, 'app')).map((name) => join(src, 'app', name))) {
  for (const match of readFileSync(file, 'utf8').matchAll(LOADER)) {
    const page = resolveImport(file, match[2]);
    if (page) loaders.push({ file, page, areas: [...match[1].matchAll(/'([\w-]+)'/g)].map((m) => m[1]) });
  }
}
const loaded = new Set(loaders.map((loader) => loader.page));

function idsShownFrom(page: string): Map<string, string> {
  const shown = new Map<string, string>();
  const seen = new Set<string>();
  const stack = [page];
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/['"`]([a-zA-Z][\w.]*)['"`]/g))
      if (ids.includes(match[1])) shown.set(match[1], relative(src, file));
    for (const match of text.matchAll(/`([a-zA-Z][\w.]*)\$\{/g))
      for (const id of ids) if (id.startsWith(match[1])) shown.set(id, relative(src, file));
    for (const match of text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
      const next = resolveImport(file, match[1]);
      if (next && !next.startsWith(messagesDir) && !next.includes('/generated/') && !loaded.has(next))
        stack.push(next);
    }
  }
  return shown;
}

describe('the area catalogues', () => {
  const shell = catalogue('shell');

  it('are named by the loaders of the pages', () => {
    expect(loaders.length).toBeGreaterThan(30);
  });

  it("the shell (main.tsx and all it loads without withMessages) shows only the shell's words", () => {
    const missing = [...idsShownFrom(join(src, 'main.tsx'))].filter(([id]) => !shell.has(id));
    expect(missing.map(([id, file]) => `${id} (${file})`)).toEqual([]);
  });

  it.each(loaders.map((loader) => [relative(src, loader.page), loader] as const))(
    '%s has every word it shows in the catalogues it loads',
    (_, { page, areas }) => {
      const available = new Set([...shell, ...areas.flatMap((area) => [...catalogue(area)])]);
      const missing = [...idsShownFrom(page)]
        .filter(([id]) => !available.has(id))
        .map(([id, file]) => `${id} (${file})`);
      expect(missing).toEqual([]);
    },
  );
});
