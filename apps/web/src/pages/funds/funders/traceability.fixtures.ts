import type { Language } from '../../../graphql/generated/graphql';
import type { TestPerson } from '../../../testing/render';

/** The demo collaborative's id in component tests. */
export const HSS = 'c-hss';

/** An amount as the API sends it, in US dollars. */
export const usd = (cents: string) => ({ __typename: 'Money' as const, cents, currency: 'USD' });

/** The chair, who reads the fund's streams, grants and organizations, in a language. */
export function fundReader(preferredLanguage: Language): TestPerson {
  return {
    id: 'u-chair',
    displayName: 'Daniel Okafor',
    email: 'chair@demo.braid.example',
    preferredLanguage,
    rules: [
      {
        action: 'read',
        subject: ['FundingStream', 'Grant', 'Organization'],
        conditions: { collaborativeId: HSS },
      },
    ],
  };
}
