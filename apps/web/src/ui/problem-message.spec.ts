import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { FAILURE_REASONS } from '@braid/contracts';
import { createIntl } from 'react-intl';
import { problemOf } from '../graphql/problem';
import { createFormatters } from '../i18n/format';
import { INTL_LOCALE, type Locale } from '../i18n/locale';
import { MESSAGES, type MessageId } from '../i18n/messages';
import { problemSentence } from './problem-message';

/** A refusal as the API sends it: an English message, a code, a reason and its figures. */
function refusal(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

function sentence(locale: Locale, error: unknown): string {
  const intl = createIntl({ locale: INTL_LOCALE[locale], messages: MESSAGES[locale] });
  const t = (id: MessageId, values?: Record<string, string | number | Date | null | undefined>) =>
    intl.formatMessage({ id }, values);
  return problemSentence(problemOf(error), t, createFormatters(locale), intl.locale, MESSAGES[locale]);
}

describe('what a person reads when the API refuses', () => {
  it.each(['en', 'es'] as const)('every reason in @braid/contracts has its own sentence in %s', (locale) => {
    const missing = FAILURE_REASONS.filter((reason) => !(`reason.${reason}` in MESSAGES[locale]));
    expect(missing).toEqual([]);
  });

  it('writes a pledge overrun in Spanish with the amount as Spanish readers write it, not the API’s text', () => {
    const error = refusal('That is more than the pledge: only USD 50000.00 is still expected.', {
      code: 'BAD_USER_INPUT',
      reason: 'OVER_RECEIPT',
      outstandingCents: '5000000',
      currency: 'USD',
      fields: [{ field: 'amount', messages: ['exceeds what is still expected on the pledge'] }],
    });
    const spanish = sentence('es', error);
    expect(spanish).toBe('Eso es más que lo prometido: solo se esperan todavía $50,000.00.');
    expect(spanish).not.toContain('USD 50000.00');
    expect(sentence('en', error)).toBe('That is more than the pledge: only $50,000.00 is still expected.');
  });

  it('names each short stream with what it has, and the shortfall, formatted', () => {
    const error = refusal('Insufficient funds: …; the shortfall is USD 90916.00.', {
      code: 'CONFLICT',
      reason: 'INSUFFICIENT_FUNDS',
      what: 'CASH',
      shortfallCents: '9091600',
      currency: 'USD',
      streams: [
        { fundingStreamId: 's1', name: 'County ARPA', availableCents: '100000' },
        { fundingStreamId: 's2', name: 'Health plan', availableCents: '25050' },
      ],
    });
    expect(sentence('es', error)).toBe(
      'No se ha recibido suficiente efectivo para esto: “County ARPA” ($1,000.00) y “Health plan” ($250.50). Faltan $90,916.00.',
    );
  });

  it('words the holds on a tranche with dates in the reader’s language, not ISO dates', () => {
    const error = refusal(
      'This tranche is on hold: the report for 2025-09-01 to 2025-09-30, due 2025-10-30, …',
      {
        code: 'CONFLICT',
        reason: 'DISBURSEMENT_ON_HOLD',
        holds: [
          { hold: 'REPORT_LATE', periodStart: '2025-09-01', periodEnd: '2025-09-30', dueOn: '2025-10-30' },
        ],
      },
    );
    const spanish = sentence('es', error);
    expect(spanish).toMatch(/^Este desembolso está retenido: el informe del 1 sept 2025 al 30 sept 2025/);
    expect(spanish).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(sentence('en', error)).toBe(
      'This tranche is on hold: the report for Sep 1, 2025 to Sep 30, 2025, due Oct 30, 2025, has not been submitted.',
    );
  });

  it('picks the rule a reason names, and the general sentence when a rule is optional and absent', () => {
    const cancelReleased = refusal('A tranche that is released cannot become cancelled. …', {
      code: 'CONFLICT',
      reason: 'ILLEGAL_TRANSITION',
      subject: 'tranche',
      from: 'RELEASED',
      to: 'CANCELLED',
      rule: 'REVERSE_RELEASE_FIRST',
    });
    expect(sentence('en', cancelReleased)).toBe(
      'This tranche cannot make that change in its current state. Reverse its release in the ledger first, then cancel it.',
    );
    const plain = refusal('A motion cannot go from CLOSED to OPEN.', {
      code: 'CONFLICT',
      reason: 'ILLEGAL_TRANSITION',
      subject: 'motion',
      from: 'CLOSED',
      to: 'OPEN',
    });
    expect(sentence('es', plain)).toBe('Esta moción no admite ese cambio en su estado actual.');
  });

  it('falls back to the sentence for the code, never the API’s text, when the reason is missing or unknown', () => {
    const unknown = refusal('Some rule added to the API after this page was loaded.', {
      code: 'CONFLICT',
      reason: 'A_REASON_FROM_THE_FUTURE',
    });
    expect(sentence('es', unknown)).toBe(MESSAGES.es['error.CONFLICT']);
    const none = refusal('No reason at all.', { code: 'FORBIDDEN' });
    expect(sentence('en', none)).toBe(MESSAGES.en['error.FORBIDDEN']);
  });
});
