import { everyone, MatrixRow } from './matrix';

/** The public transparency view (libs/transparency). */
export const TRANSPARENCY_MATRIX: MatrixRow[] = [
  {
    operation: 'Query.transparency',
    document: `query ($slug: String!) { transparency(slug: $slug) { collaborative { slug } } }`,
    // The matrix tenant does not publish its view: its members may preview it, nobody else finds it
    // (transparency/transparency.e2e.spec.ts covers a published one, signed out).
    prepare: ({ tenant }) => ({ variables: { slug: tenant.slug } }),
    expect: everyone('allowed', { anonymous: 'NOT_FOUND', outsider: 'NOT_FOUND' }),
  },
];
