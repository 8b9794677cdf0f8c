import { formatMoney } from '@braid/contracts';
import { INTL_LOCALE, type Locale } from './locale';

/** An amount as the API sends it: whole cents as a decimal string (never a float) and a currency. */
export interface MoneyValue {
  cents: string;
  currency: string;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats what people read: money, dates and numbers in the reader's language. Amounts go through
 * the contracts' formatMoney, which never turns cents into a float.
 */
export function createFormatters(locale: Locale) {
  const intlLocale = INTL_LOCALE[locale];
  const dateFormat = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium' });
  // A LocalDate is a calendar day, not an instant: formatted at UTC it cannot slip to the day before
  // in California (2027-12-31 must never read "Dec 30").
  const localDateFormat = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(intlLocale);
  const dateTimeFormat = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeStyle: 'short' });

  return {
    money: (value: MoneyValue): string => formatMoney(value, intlLocale),
    /** A DateTime (an instant, ISO 8601) as a day in the reader's own time zone. */
    date: (iso: string): string => dateFormat.format(new Date(iso)),
    /** A DateTime as a day and a time of day (a meeting's start), in the reader's time zone. */
    dateTime: (iso: string): string => dateTimeFormat.format(new Date(iso)),
    /** A LocalDate ("YYYY-MM-DD"). */
    localDate: (value: string): string => {
      const match = LOCAL_DATE.exec(value);
      if (!match) return value;
      const [, year, month, day] = match;
      return localDateFormat.format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
    },
    /**
     * Two LocalDates as one period, shortened the way the language does it ("Oct 1, 2027 – Jan 5,
     * 2028", "1 oct 2027 – 5 ene 2028"); ISO ranges read as code to most people.
     */
    localDateRange: (start: string, end: string): string => {
      const from = LOCAL_DATE.exec(start);
      const to = LOCAL_DATE.exec(end);
      if (!from || !to) return `${start} – ${end}`;
      const day = ([, year, month, date]: RegExpExecArray) =>
        new Date(Date.UTC(Number(year), Number(month) - 1, Number(date)));
      return localDateFormat.formatRange(day(from), day(to));
    },
    number: (value: number): string => numberFormat.format(value),
  };
}

export type Formatters = ReturnType<typeof createFormatters>;
