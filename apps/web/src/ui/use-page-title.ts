import { useEffect } from 'react';
import { useT } from '../i18n/use-t';

/** Each page names itself in the tab and in the screen reader's page announcement. */
export function usePageTitle(title: string | null): void {
  const t = useT();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
