/** English strings of the funds screens (ids start with 'funds.'); merged into en.ts. */
export const fundsEn = {} as const satisfies Record<`funds.${string}`, string>;
