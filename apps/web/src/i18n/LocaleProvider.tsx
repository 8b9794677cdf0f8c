import { useMutation } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { UpdateMyLanguageMutation } from '../session/operations';
import { useSession } from '../session/session';
import {
  chooseLocale,
  INTL_LOCALE,
  languageOfLocale,
  type Locale,
  storedLocale,
  storeLocale,
} from './locale';
import { MESSAGES } from './messages';

interface LocaleContextValue {
  locale: Locale;
  /** Switches the language now; for a signed-in person it is also saved to their profile. */
  setLocale: (locale: Locale) => Promise<void>;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const { me } = useSession();
  // A choice made on this device while signed out (or before the session has loaded).
  const [chosen, setChosen] = useState<Locale | null>(() => storedLocale());
  const [saveLanguage] = useMutation(UpdateMyLanguageMutation);

  const locale = chooseLocale({
    profile: me?.preferredLanguage,
    stored: chosen,
    browser: typeof navigator === 'undefined' ? [] : navigator.languages,
  });

  useEffect(() => {
    // Screen readers pick their voice from <html lang>; browsers their hyphenation and fonts.
    document.documentElement.lang = INTL_LOCALE[locale];
    storeLocale(locale);
  }, [locale]);

  const setLocale = useCallback(
    async (next: Locale) => {
      setChosen(next);
      if (!me) return;
      const language = languageOfLocale(next);
      // The profile decides the language of a signed-in person: the optimistic answer switches the
      // page at once, and the mutation's answer (or its failure) settles it.
      await saveLanguage({
        variables: { language },
        optimisticResponse: {
          updateMyProfile: { __typename: 'User', id: me.id, preferredLanguage: language },
        },
      });
    },
    [me, saveLanguage],
  );

  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);

  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={INTL_LOCALE[locale]} messages={MESSAGES[locale]} defaultLocale={INTL_LOCALE.en}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale needs a LocaleProvider above it');
  return value;
}
