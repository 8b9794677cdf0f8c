import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { RouterProvider } from 'react-router/dom';
import { createBraidClient } from '../graphql/client';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { SessionQuery } from '../session/operations';
import { SessionProvider } from '../session/session';
import { router } from './routes';
import { cssVariablesResolver, theme } from './theme';

const client = createBraidClient({
  // The session ended while the page was open: learn that nobody is signed in; the signed-in
  // routes then send the person to the sign-in page, which brings them back afterwards.
  onUnauthenticated: () => void client.refetchQueries({ include: [SessionQuery] }),
});

export function App() {
  return (
    <ApolloProvider client={client}>
      <SessionProvider>
        <LocaleProvider>
          <MantineProvider
            theme={theme}
            cssVariablesResolver={cssVariablesResolver}
            defaultColorScheme="light"
          >
            <Notifications position="top-center" />
            <RouterProvider router={router} />
          </MantineProvider>
        </LocaleProvider>
      </SessionProvider>
    </ApolloProvider>
  );
}
