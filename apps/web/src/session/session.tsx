import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { AbilityProvider } from '@casl/react';
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import type { SessionQuery as SessionData } from '../graphql/generated/graphql';
import { type AppAbility, abilityFromPermissions } from './ability';
import { SessionQuery, SignOutMutation } from './operations';

export type SignedInUser = NonNullable<SessionData['me']>;

export interface Session {
  status: 'loading' | 'error' | 'ready';
  /** The signed-in person, or null when signed out (or not known yet). */
  me: SignedInUser | null;
  ability: AppAbility;
  error: unknown;
  retry: () => void;
  /** After signing in or accepting an invitation: forget everything cached for the previous person. */
  restart: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Loads who is signed in and their permissions once, for the whole app. The ability is rebuilt
 * from `myPermissions` whenever the session changes, so hidden controls follow the person.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data: fresh, previousData, loading, error, refetch } = useQuery(SessionQuery);
  // While the session is refetched (after signing in or out) the last answer stands, so pages are
  // not torn down and rebuilt in between.
  const data = fresh ?? previousData;
  const [signOutMutation] = useMutation(SignOutMutation);

  const permissions = data?.myPermissions;
  const ability = useMemo(() => abilityFromPermissions(permissions), [permissions]);

  const restart = useCallback(async () => {
    // resetStore drops every cached record of the previous person and refetches what is shown,
    // the session query first among them.
    await client.resetStore();
  }, [client]);

  const signOut = useCallback(async () => {
    await signOutMutation();
    // Forget the previous person's records without refetching the pages they were on (those would
    // now answer UNAUTHENTICATED); the session query alone learns that nobody is signed in, and the
    // signed-in routes then send the browser to the sign-in page.
    await client.clearStore();
    await refetch();
  }, [client, signOutMutation, refetch]);

  const retry = useCallback(() => void refetch(), [refetch]);

  const session = useMemo<Session>(
    () => ({
      status: data ? 'ready' : loading ? 'loading' : error ? 'error' : 'loading',
      me: data?.me ?? null,
      ability,
      error,
      retry,
      restart,
      signOut,
    }),
    [data, loading, error, ability, retry, restart, signOut],
  );

  return (
    <SessionContext.Provider value={session}>
      <AbilityProvider value={ability}>{children}</AbilityProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider above it');
  return session;
}
