/** English strings of the reports screens (ids start with 'reports.'); merged into en.ts. */
export const reportsEn = {} as const satisfies Record<`reports.${string}`, string>;
