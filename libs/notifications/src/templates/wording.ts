import { formatMoney, Language } from '@braid/contracts';

/** A message in words: the subject (and the inbox's headline), what is at stake, what to do. */
export interface Wording {
  headline: string;
  paragraphs: string[];
  /** The label of the link to the record. */
  action: string;
}

/**
 * Figures said in the reader's language: money from cents strings (bigint-safe, never a float),
 * calendar dates as dates, instants in the collaborative's time zone.
 */
export class Formats {
  readonly locale: string;

  constructor(
    readonly language: Language,
    readonly timeZone: string,
  ) {
    this.locale = language === Language.ES ? 'es-US' : 'en-US';
  }

  money(cents: string, currency: string): string {
    return formatMoney({ cents, currency }, this.locale);
  }

  /** A calendar date (YYYY-MM-DD): the same day wherever it is read. */
  date(date: string): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${date}T00:00:00Z`),
    );
  }

  /** An instant (ISO 8601), where the collaborative meets, with its zone's name. */
  instant(iso: string): string {
    return new Intl.DateTimeFormat(this.locale, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: this.timeZone,
    }).format(new Date(iso));
  }

  days(count: number): string {
    if (this.language === Language.ES) return count === 1 ? '1 día' : `${count} días`;
    return count === 1 ? '1 day' : `${count} days`;
  }

  list(items: readonly string[]): string {
    return new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(items);
  }
}

/** Each message, once per language. */
export interface Bilingual<F> {
  en: (figures: F, format: Formats) => Wording;
  es: (figures: F, format: Formats) => Wording;
}
