import type { publicEn } from './public.en';

/** Spanish strings of the public screens: exactly the ids of public.en.ts (the typecheck fails otherwise). */
export const publicEs: Record<keyof typeof publicEn, string> = {};
