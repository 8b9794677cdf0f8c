import { useCallback } from 'react';
import type { MessageId } from '../i18n/messages';
import { useT } from '../i18n/use-t';

// Mantine's notifications (the store and its host, with transitions: about 8 kB gzipped) are not
// needed to show any page: the package is fetched once the first page is in (app/App.tsx) or
// when the first notice is given, whichever is sooner.
const mantineNotifications = () => import('@mantine/notifications');

/**
 * A short message that does not belong to one place on the page (a failed sign-out, a language
 * that could not be saved). Its close button is named in the reader's language: Mantine's is
 * otherwise unnamed for screen readers.
 */
export function useNotice(): (id: MessageId, tone?: 'error' | 'success') => void {
  const t = useT();
  return useCallback(
    (id, tone = 'error') =>
      void mantineNotifications().then(({ notifications }) =>
        notifications.show({
          color: tone === 'error' ? 'red' : 'green',
          message: t(id),
          closeButtonProps: { 'aria-label': t('state.closeNotice') },
        }),
      ),
    [t],
  );
}
