import type { DisbursementHoldFigure, FundingPlanProblemFigure, StreamShortfallFigure } from '@braid/contracts';
import type { Problem } from '../graphql/problem';
import type { Formatters } from '../i18n/format';
import type { MessageId } from '../i18n/messages';
import type { MessageValues } from '../i18n/use-t';

type Translate = (id: MessageId, values?: MessageValues) => string;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A list joined the way the language joins one ("a, b and c" / "a, b y c"). */
function joined(items: string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

function megabytes(bytes: number, format: Formatters): string {
  return `${format.number(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}

/** One hold on a tranche, in the reader's words and date format. */
export function holdSentence(hold: DisbursementHoldFigure, t: Translate, format: Formatters): string {
  const period = {
    periodStart: format.localDate(hold.periodStart),
    periodEnd: format.localDate(hold.periodEnd),
  };
  return hold.hold === 'REPORT_LATE'
    ? t('hold.REPORT_LATE', { ...period, dueOn: format.localDate(hold.dueOn) })
    : t('hold.REPORT_CHANGES_REQUESTED', period);
}

/** One reason the fund could not honour a funding plan, in the reader's words (also on the motion page). */
export function fundingProblemSentence(
  problem: FundingPlanProblemFigure,
  currency: string,
  t: Translate,
  format: Formatters,
): string {
  return t(`governance.fundingCheck.${problem.reason}`, {
    stream: problem.streamName ?? '',
    available: format.money({ cents: problem.availableCents ?? '0', currency }),
    requested: format.money({ cents: problem.requestedCents ?? '0', currency }),
  });
}

/**
 * The values a reason's sentence asks for, from its figures: amounts (`…Cents` beside `currency`)
 * as money, YYYY-MM-DD dates as the language writes them, lists joined, and a few figures a
 * sentence needs in another shape (minutes to wait, file sizes).
 */
export function problemValues(
  problem: Problem,
  t: Translate,
  format: Formatters,
  locale: string,
): MessageValues {
  const figures = problem.figures;
  const currency = typeof figures['currency'] === 'string' ? figures['currency'] : null;
  const values: MessageValues = {};
  for (const [key, value] of Object.entries(figures)) {
    if (typeof value === 'string') {
      if (key.endsWith('Cents') && currency)
        values[key.slice(0, -'Cents'.length)] = format.money({ cents: value, currency });
      else values[key] = LOCAL_DATE.test(value) ? format.localDate(value) : value;
    } else if (typeof value === 'number') {
      values[key] = value;
    }
  }
  values['minutes'] = Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60));
  // A select whose figure is absent (an optional `rule`) falls to its `other` branch rather than fail.
  for (const select of ['rule', 'status', 'subject', 'what']) values[select] ??= 'none';
  switch (problem.reason) {
    case 'INSUFFICIENT_FUNDS': {
      const streams = (figures['streams'] as StreamShortfallFigure[] | undefined) ?? [];
      values['streams'] = joined(
        streams.map((stream) =>
          currency
            ? `“${stream.name}” (${format.money({ cents: stream.availableCents, currency })})`
            : `“${stream.name}”`,
        ),
        locale,
      );
      break;
    }
    case 'STREAM_RESTRICTED':
      values['allowedPurposes'] = joined(
        ((figures['allowedPurposes'] as string[] | undefined) ?? []).map((purpose) => `“${purpose}”`),
        locale,
      );
      break;
    case 'DISBURSEMENT_ON_HOLD':
      values['holds'] = ((figures['holds'] as DisbursementHoldFigure[] | undefined) ?? [])
        .map((hold) => holdSentence(hold, t, format))
        .join('; ');
      break;
    case 'FUNDING_PLAN_UNFUNDABLE':
    case 'FUNDING_PLAN_NO_LONGER_HOLDS':
      values['problems'] = ((figures['problems'] as FundingPlanProblemFigure[] | undefined) ?? [])
        .map((one) => fundingProblemSentence(one, currency ?? 'USD', t, format))
        .join(' ');
      values['when'] ??= 'none';
      break;
    case 'AMOUNT_TOO_LARGE':
      if (typeof figures['maxCents'] === 'string')
        values['max'] = format.money({ cents: figures['maxCents'], currency: currency ?? 'USD' });
      break;
    case 'NOT_A_VOTING_SEAT':
      values['named'] = typeof figures['seatName'] === 'string' ? 'yes' : 'no';
      break;
    case 'ATTACHMENT_REFUSED':
      if (typeof figures['sizeBytes'] === 'number') values['size'] = megabytes(figures['sizeBytes'], format);
      if (typeof figures['maxBytes'] === 'number') values['max'] = megabytes(figures['maxBytes'], format);
      break;
  }
  return values;
}

const CODE_MESSAGES: Record<Problem['code'], MessageId> = {
  BAD_USER_INPUT: 'error.BAD_USER_INPUT',
  UNAUTHENTICATED: 'error.UNAUTHENTICATED',
  FORBIDDEN: 'error.FORBIDDEN',
  NOT_FOUND: 'error.NOT_FOUND',
  CONFLICT: 'error.CONFLICT',
  TOO_MANY_REQUESTS: 'error.TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR: 'error.INTERNAL_SERVER_ERROR',
  NETWORK: 'error.NETWORK',
};

/**
 * The sentence for a problem in the reader's language: the reason's own sentence with its
 * figures, or the code's general sentence when the reason is missing or unknown to this client
 * (an API newer than the page). Never the API's English message.
 */
export function problemSentence(
  problem: Problem,
  t: Translate,
  format: Formatters,
  locale: string,
  messages: Record<string, string>,
): string {
  const values = problemValues(problem, t, format, locale);
  const id = problem.reason ? `reason.${problem.reason}` : null;
  if (id && id in messages) return t(id as MessageId, values);
  return t(CODE_MESSAGES[problem.code], values);
}
