import { all, maxLength, required, type RuleFailure } from '../../forms/rules';
import type { MotionKind } from '../../graphql/generated/graphql';
import { dollarsToCents, equalTranches } from './funding-plan';

export interface MoveMotionValues {
  kind: MotionKind;
  title: string;
  text: string;
  secret: boolean;
  /** FUNDING: dollars as typed. */
  amount: string;
  recipientOrganizationId: string;
  purpose: string;
  periodStart: string;
  periodEnd: string;
  trancheCount: string;
  /** MINUTES_APPROVAL: the circulated minutes to approve. */
  minutesId: string;
}

export const emptyMotion: MoveMotionValues = {
  kind: 'GENERAL',
  title: '',
  text: '',
  secret: false,
  amount: '',
  recipientOrganizationId: '',
  purpose: '',
  periodStart: '',
  periodEnd: '',
  trancheCount: '1',
  minutesId: '',
};

/** The limits of CreateMotionInput and FundingProposalInput (libs/governance/src/motions/dto). */
const title = all(required, maxLength(300));
const text = maxLength(20_000);
const purpose = all(required, maxLength(500));

/**
 * What to fix before moving the motion; which fields count depends on its kind (a funding motion
 * carries the whole grant it would make). The API checks all of it again, and the fund's streams.
 */
export function moveMotionProblems(
  values: MoveMotionValues,
): Partial<Record<keyof MoveMotionValues, RuleFailure>> {
  const problems: Partial<Record<keyof MoveMotionValues, RuleFailure>> = {};
  const check = (field: keyof MoveMotionValues, failure: RuleFailure | null) => {
    if (failure) problems[field] = failure;
  };
  check('title', title(values.title));
  check('text', text(values.text));
  if (values.kind === 'MINUTES_APPROVAL')
    check('minutesId', required(values.minutesId) && { id: 'form.chooseOne' });
  if (values.kind === 'FUNDING') {
    check('amount', dollarsToCents(values.amount) === null ? { id: 'governance.form.amountInvalid' } : null);
    check('recipientOrganizationId', required(values.recipientOrganizationId) && { id: 'form.chooseOne' });
    check('purpose', purpose(values.purpose));
    check('periodStart', required(values.periodStart));
    check('periodEnd', required(values.periodEnd));
    if (values.periodStart && values.periodEnd && values.periodEnd < values.periodStart)
      check('periodEnd', { id: 'governance.form.periodOrder' });
    const count = Number(values.trancheCount);
    if (!Number.isInteger(count) || count < 1 || count > 12)
      check('trancheCount', { id: 'governance.form.trancheCount', values: { max: 12 } });
  }
  return problems;
}

/** The CreateMotionInput for valid values. */
export function motionInput(meetingId: string, values: MoveMotionValues) {
  const base = {
    meetingId,
    kind: values.kind,
    title: values.title.trim(),
    text: values.text.trim(),
    secret: values.secret,
  };
  if (values.kind === 'MINUTES_APPROVAL') return { ...base, minutesId: values.minutesId };
  if (values.kind !== 'FUNDING') return base;
  const cents = dollarsToCents(values.amount) ?? 0n;
  return {
    ...base,
    funding: {
      amount: { cents: cents.toString(), currency: 'USD' },
      recipientOrganizationId: values.recipientOrganizationId,
      purpose: values.purpose.trim(),
      periodStart: values.periodStart,
      periodEnd: values.periodEnd,
      // The fund administrator chooses the streams (the API allows none named at the vote).
      allocations: [],
      tranches: equalTranches(cents, Number(values.trancheCount), values.periodStart, values.periodEnd),
    },
  };
}
