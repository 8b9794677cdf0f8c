import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { MessageId } from '../i18n/messages';
import { useT } from '../i18n/use-t';

/**
 * A short message that does not belong to one place on the page (a failed sign-out, a language
 * that could not be saved). Its close button is named in the reader's language: Mantine's is
 * otherwise unnamed for screen readers.
 */
export function useNotice(): (id: MessageId, tone?: 'error' | 'success') => void {
  const t = useT();
  return useCallback(
    (id, tone = 'error') =>
      void notifications.show({
        color: tone === 'error' ? 'red' : 'green',
        message: t(id),
        closeButtonProps: { 'aria-label': t('state.closeNotice') },
      }),
    [t],
  );
}
