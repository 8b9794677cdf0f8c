import type { governanceEn } from './governance.en';

/** Spanish strings of the governance screens: exactly the ids of governance.en.ts (the typecheck fails otherwise). */
export const governanceEs: Record<keyof typeof governanceEn, string> = {};
