import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import type { MessageId } from './messages';
import { createFormatters, type Formatters } from './format';
import { isLocale, DEFAULT_LOCALE } from './locale';

export type MessageValues = Record<string, string | number | Date | null | undefined>;

/** `t('signIn.title')`: a message in the reader's language; ids are checked against en.ts. */
export function useT(): (id: MessageId, values?: MessageValues) => string {
  const intl = useIntl();
  return useMemo(() => (id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values), [intl]);
}

/** Money, dates and numbers in the reader's language. */
export function useFormat(): Formatters {
  const intl = useIntl();
  const primary = intl.locale.split('-')[0];
  const locale = isLocale(primary) ? primary : DEFAULT_LOCALE;
  return useMemo(() => createFormatters(locale), [locale]);
}
