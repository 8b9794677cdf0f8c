import type { TestPerson, TestRule } from '../../testing/render';

/** The demo collaborative's id in component tests. */
export const HSS = 'c-hss';

/** The demo administrator, Maya Johnson, holding the rules a test gives her. */
export function demoAdministrator(rules: TestRule[]): TestPerson {
  return {
    id: 'u-admin',
    displayName: 'Maya Johnson',
    email: 'admin@demo.braid.example',
    preferredLanguage: 'EN',
    rules,
  };
}

/** An invitation waiting for Rosa Alvarez, as the API lists it. */
export const ROSA_INVITATION = {
  __typename: 'Invitation' as const,
  id: 'i-rosa',
  email: 'rosa@example.org',
  displayName: 'Rosa Alvarez',
  roles: ['MEMBER'],
  status: 'PENDING',
  createdAt: '2026-11-23T10:00:00Z',
  expiresAt: '2026-12-07T10:00:00Z',
};
