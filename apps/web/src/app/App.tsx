import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { createBraidClient } from '../graphql/client';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { SessionQuery } from '../session/operations';
import { SessionProvider } from '../session/session';
import { whenIdle } from '../ui/after-first-page';
import { router } from './routes';
import { cssVariablesResolver, theme } from './theme';

const client = createBraidClient({
  // The session ended while the page was open: learn that nobody is signed in; the signed-in
  // routes then send the person to the sign-in page, which brings them back afterwards.
  onUnauthenticated: () => void client.refetchQueries({ include: [SessionQuery] }),
});

// The notice host (Mantine's Notifications with its transitions and swipe-to-close: about 8 kB
// gzipped) is not needed to show a page: notices follow something a person did. It is fetched
// once the first page is in and the browser is idle; a notice shown before that waits in Mantine's
// store and appears when the host arrives (ui/use-notice.ts).
const Notifications = lazy(() =>
  import('@mantine/notifications').then((module) => ({ default: module.Notifications })),
);

function NoticeHost() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelIdle = () => undefined as void;
    const start = () => {
      cancelIdle = whenIdle(() => setReady(true));
    };
    if (router.state.initialized) {
      start();
      return () => cancelIdle();
    }
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return;
      unsubscribe();
      start();
    });
    return () => {
      unsubscribe();
      cancelIdle();
    };
  }, []);
  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="top-center" />
    </Suspense>
  );
}

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
            <NoticeHost />
            <RouterProvider router={router} />
          </MantineProvider>
        </LocaleProvider>
      </SessionProvider>
    </ApolloProvider>
  );
}
