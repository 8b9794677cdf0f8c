import { useMutation } from '@apollo/client/react';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
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
import {
  hasMessages,
  loadedMessages,
  loadMessages,
  messagesVersion,
  setActiveLocale,
  subscribeToMessages,
} from './catalogues';

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

  // The words come in area catalogues (i18n/catalogues.ts): main.tsx has asked for the shell's in
  // the first language, each route fetches its area's with its code, and when the language changes
  // (a switch, or the profile once the session arrives) the page stays in the language it is in
  // until the shell and every area wanted so far have arrived in the new one.
  const version = useSyncExternalStore(subscribeToMessages, messagesVersion);
  const ready = hasMessages(locale);
  const [shown, setShown] = useState<Locale | null>(ready ? locale : null);
  if (ready && shown !== locale) setShown(locale);
  useEffect(() => {
    setActiveLocale(locale);
    if (ready) return;
    let current = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      loadMessages(locale).catch(
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
  }, [locale, ready, version]);
  const showing = ready ? locale : shown;
  const messages = showing ? loadedMessages(showing) : undefined;

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

  if (!showing || !messages) return null;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={INTL_LOCALE[showing]} messages={messages} defaultLocale={INTL_LOCALE.en}>
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
