/** English strings of the public screens (ids start with 'public.'); merged into en.ts. */
export const publicEn = {} as const satisfies Record<`public.${string}`, string>;
