import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../session/session';

/** What a signed-out person asked for is kept, so signing in brings them back to it. */
export interface SignInState {
  from?: string;
}

export function RequireSignedIn() {
  const { me } = useSession();
  const location = useLocation();
  if (!me) {
    const state: SignInState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return <Outlet />;
}
