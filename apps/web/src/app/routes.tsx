import { createBrowserRouter } from 'react-router';
import { LoadingState } from '../ui/states';
import { Layout } from './Layout';
import { accountRoutes } from './account.routes';
import { adminRoutes } from './admin.routes';
import { fundsRoutes } from './funds.routes';
import { governanceRoutes } from './governance.routes';
import { publicRoutes } from './public.routes';
import { reportsRoutes } from './reports.routes';
import { RequireAvailable } from './RequireAvailable';
import { RequireSignedIn } from './RequireSignedIn';
import { withMessages } from '../i18n/catalogues';

/**
 * Pages by user task. Each page is its own chunk (loaded when first visited), so the first load
 * carries only the shell and the page asked for. To add a page: a folder under pages/ exporting
 * the component, and a route here.
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    // Shown while the first page's code arrives.
    hydrateFallbackElement: <LoadingState />,
    children: [
      {
        path: 'sign-in',
        lazy: withMessages('access', () =>
          import('../pages/sign-in/SignInPage').then((m) => ({ Component: m.SignInPage })),
        ),
      },
      {
        path: 'forgot-password',
        lazy: withMessages('access', () =>
          import('../pages/sign-in/ForgotPasswordPage').then((m) => ({ Component: m.ForgotPasswordPage })),
        ),
      },
      {
        path: 'reset-password/:token',
        lazy: withMessages('access', () =>
          import('../pages/reset-password/ResetPasswordPage').then((m) => ({
            Component: m.ResetPasswordPage,
          })),
        ),
      },
      {
        path: 'invitations/:token',
        lazy: withMessages('access', () =>
          import('../pages/accept-invitation/AcceptInvitationPage').then((m) => ({
            Component: m.AcceptInvitationPage,
          })),
        ),
      },
      {
        element: <RequireSignedIn />,
        children: [
          {
            index: true,
            lazy: withMessages('overview', () =>
              import('../pages/home/HomePage').then((m) => ({ Component: m.HomePage })),
            ),
          },
          {
            element: <RequireAvailable />,
            children: [
              {
                path: 'collaboratives/:collaborativeId',
                lazy: withMessages('overview', () =>
                  import('../pages/my-collaborative/MyCollaborativePage').then((m) => ({
                    Component: m.MyCollaborativePage,
                  })),
                ),
              },
              ...governanceRoutes,
              ...fundsRoutes,
              ...reportsRoutes,
              ...adminRoutes,
            ],
          },
          ...accountRoutes,
        ],
      },
      ...publicRoutes,
      {
        path: '*',
        lazy: () => import('../pages/not-found/NotFoundPage').then((m) => ({ Component: m.NotFoundPage })),
      },
    ],
  },
]);
