import { NativeSelect } from '@mantine/core';
import { LANGUAGE_NAME, LOCALES, isLocale } from '../i18n/locale';
import { useLocale } from '../i18n/LocaleProvider';
import { useT } from '../i18n/use-t';
import { useSession } from '../session/session';
import { useNotice } from '../ui/use-notice';

/**
 * A native select: phones show their own picker, and every screen reader knows it. Each language is
 * named in itself ("Español"), so a person who reads only that language can find it.
 */
export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const notice = useNotice();
  // Until the session is known, a choice could not be saved and the profile would then override it.
  const { status } = useSession();
  return (
    <NativeSelect
      aria-label={t('layout.language')}
      size="sm"
      value={locale}
      disabled={status === 'loading'}
      data={LOCALES.map((value) => ({ value, label: LANGUAGE_NAME[value] }))}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (!isLocale(next)) return;
        setLocale(next).catch(() => notice('layout.languageNotSaved'));
      }}
    />
  );
}
