import { NativeSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LANGUAGE_NAME, LOCALES, isLocale } from '../i18n/locale';
import { useLocale } from '../i18n/LocaleProvider';
import { useT } from '../i18n/use-t';

/**
 * A native select: phones show their own picker, and every screen reader knows it. Each language is
 * named in itself ("Español"), so a person who reads only that language can find it.
 */
export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <NativeSelect
      aria-label={t('layout.language')}
      size="sm"
      value={locale}
      data={LOCALES.map((value) => ({ value, label: LANGUAGE_NAME[value] }))}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (!isLocale(next)) return;
        setLocale(next).catch(() =>
          notifications.show({ color: 'red', message: t('layout.languageNotSaved') }),
        );
      }}
    />
  );
}
