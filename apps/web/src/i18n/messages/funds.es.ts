import type { fundsEn } from './funds.en';

/** Spanish strings of the funds screens: exactly the ids of funds.en.ts (the typecheck fails otherwise). */
export const fundsEs: Record<keyof typeof fundsEn, string> = {};
