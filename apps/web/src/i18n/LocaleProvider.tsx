import { useMutation } from '@apollo/client/react';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useReducer,
  useState,
} from 'react';
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
import { loadedMessages, loadMessages } from './catalogues';

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

  // The language's catalogue is fetched the first time it is shown (i18n/catalogues.ts); main.tsx
  // has asked for the first one already, and a switch waits for its catalogue before switching.
  const [, catalogueArrived] = useReducer((count: number) => count + 1, 0);
  const messages = loadedMessages(locale);
  useEffect(() => {
    if (messages) return;
    let current = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      loadMessages(locale).then(
        () => current && catalogueArrived(),
        // Offline for a moment: try again rather than leave the page blank.
        () => {
          if (current) retry = setTimeout(load, 3000);
        },
      );
    void load();
    return () => {
      current = false;
      clearTimeout(retry);
    };
  }, [locale, messages]);

  useEffect(() => {
    // Screen readers pick their voice from <html lang>; browsers their hyphenation and fonts.
    document.documentElement.lang = INTL_LOCALE[locale];
    storeLocale(locale);
  }, [locale]);

  const setLocale = useCallback(
    async (next: Locale) => {
      // The page stays in its language until the other one's words have arrived, instead of blanking.
      await loadMessages(next).catch(() => undefined);
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

  if (!messages) return null;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={INTL_LOCALE[locale]} messages={messages} defaultLocale={INTL_LOCALE.en}>
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
