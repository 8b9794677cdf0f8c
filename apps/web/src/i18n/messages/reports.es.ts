import type { reportsEn } from './reports.en';

/** Spanish strings of the reports screens: exactly the ids of reports.en.ts (the typecheck fails otherwise). */
export const reportsEs: Record<keyof typeof reportsEn, string> = {};
