import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useSession } from '../../session/session';
import type { TestPerson, TestRule } from '../../testing/render';
import { MembersQuery } from '../my-collaborative/operations';
import { PEOPLE_PAGE_SIZE } from './use-collaborative-people';

/** The demo's chair (or, with other rules, another person at the same table) for the governance specs. */
export function daniel(rules: TestRule[]): TestPerson {
  return {
    id: 'u-daniel',
    displayName: 'Daniel Okafor',
    email: 'chair@demo.braid.example',
    preferredLanguage: 'EN',
    rules,
  };
}

/** The API's answer to "who are the collaborative's members", for the choosers' specs. */
export function peopleMock(collaborativeId: string, people: readonly [id: string, name: string][]) {
  return {
    request: { query: MembersQuery, variables: { collaborativeId, first: PEOPLE_PAGE_SIZE } },
    result: {
      data: {
        memberships: {
          __typename: 'MembershipConnection' as const,
          nodes: people.map(([id, displayName]) => ({
            __typename: 'Membership' as const,
            id: `m-${id}`,
            roles: ['MEMBER' as const],
            createdAt: '2026-01-01T00:00:00Z',
            email: null,
            user: { __typename: 'User' as const, id, displayName },
            organization: null,
          })),
          pageInfo: { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** A mock's variables matcher that accepts any input and keeps it, to check what was sent. */
export const recordInto = (sent: unknown[]) => (variables: { input: unknown }) => {
  sent.push(variables.input);
  return true;
};

/** Chooses a person in a chooser with the keyboard: the first letters of their name, then Enter. */
export async function choosePerson(label: RegExp, name: string): Promise<void> {
  const person = userEvent.setup();
  await person.type(screen.getByRole('combobox', { name: label }), name.slice(0, 4));
  await person.keyboard('{ArrowDown}{Enter}');
}

/** Shown once the session (and so the person's permissions) has arrived: absence is then meaningful. */
export function SignedIn() {
  const { me } = useSession();
  return me ? <p>Signed in as {me.displayName}</p> : null;
}
