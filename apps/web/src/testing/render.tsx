import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { Action, SubjectName } from '@braid/contracts';
import { packRules } from '@casl/ability/extra';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { theme } from '../app/theme';
import { createBraidCache } from '../graphql/client';
import type { Language } from '../graphql/generated/graphql';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { SessionQuery } from '../session/operations';
import { SessionProvider } from '../session/session';

export interface TestRule {
  action: Action | Action[];
  subject: SubjectName | SubjectName[];
  conditions?: Record<string, unknown>;
}

export interface TestPerson {
  id: string;
  displayName: string;
  email: string;
  preferredLanguage: Language;
  /** The CASL rules the API would send for this person (myPermissions packs them). */
  rules: TestRule[];
}

export const RESIDENT: TestPerson = {
  id: 'u-resident',
  displayName: 'Gloria Hernández',
  email: 'resident@demo.braid.example',
  preferredLanguage: 'ES',
  rules: [{ action: 'read', subject: ['Collaborative', 'Seat', 'Membership', 'Organization'] }],
};

/** The Session query's answer for a person (or for nobody signed in). */
export function sessionMock(person: TestPerson | null): MockLink.MockedResponse {
  return {
    request: { query: SessionQuery },
    result: {
      data: {
        me: person && {
          __typename: 'User',
          id: person.id,
          displayName: person.displayName,
          email: person.email,
          preferredLanguage: person.preferredLanguage,
        },
        myPermissions: packRules(person?.rules ?? []),
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/**
 * Renders a page as the app does (session, language, Mantine, router) against mocked API answers:
 * `path` is the route pattern the page is mounted at, `url` the address visited.
 */
export function renderPage(
  page: ReactElement,
  options: { person: TestPerson | null; mocks?: MockLink.MockedResponse[]; path?: string; url?: string },
) {
  const path = options.path ?? '/';
  return render(
    <MockedProvider
      mocks={[sessionMock(options.person), ...(options.mocks ?? [])]}
      cache={createBraidCache()}
    >
      <SessionProvider>
        <LocaleProvider>
          <MantineProvider theme={theme}>
            <Notifications />
            <MemoryRouter initialEntries={[options.url ?? path]}>
              <Routes>
                <Route path={path} element={page} />
                <Route path="*" element={<p>elsewhere</p>} />
              </Routes>
            </MemoryRouter>
          </MantineProvider>
        </LocaleProvider>
      </SessionProvider>
    </MockedProvider>,
  );
}
