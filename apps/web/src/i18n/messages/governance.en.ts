/** English strings of the governance screens (ids start with 'governance.'); merged into en.ts. */
export const governanceEn = {} as const satisfies Record<`governance.${string}`, string>;
