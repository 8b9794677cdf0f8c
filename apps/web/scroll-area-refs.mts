import type { Plugin } from 'vite';

const VIRTUAL = '\0braid:scroll-area-merge-refs';

/**
 * Mantine's ScrollArea (inside every Table, Modal and Select) imports one hook, `useMergeRefs`,
 * from @floating-ui/react. A module is never split across chunks, so that one import made every
 * page with a table download all of floating-ui (about 12.5 kB gzipped: the positioning engine
 * of popovers, menus and tooltips), the public page and the overview included. Here ScrollArea's
 * import resolves to Mantine's own equivalent hook instead (`useMergedRef` from @mantine/hooks,
 * already in the shell: it assigns each ref and runs React 19 ref cleanups the same way);
 * floating-ui then arrives only with a popover, menu or tooltip. Every other importer of
 * @floating-ui/react is untouched. Applied in tests and development too, so they run the same code.
 */
export function scrollAreaWithoutFloatingUi(): Plugin {
  return {
    name: 'braid:scroll-area-merge-refs',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== '@floating-ui/react' || !importer) return null;
      return /[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/]ScrollArea[\\/]/.test(importer)
        ? VIRTUAL
        : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      return [
        "import { useMergedRef } from '@mantine/hooks';",
        '/** floating-ui takes the refs as one array; Mantine as arguments. */',
        'export function useMergeRefs(refs) {',
        '  return useMergedRef(...refs);',
        '}',
      ].join('\n');
    },
  };
}
