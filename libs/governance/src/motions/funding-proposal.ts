import { addMoney, DEFAULT_CURRENCY, Money as MoneyValue } from '@braid/contracts';
import { FundingProposalInvalid } from '../governance.errors';

export interface FundingProposalDraft {
  amount: MoneyValue;
  periodStart: string;
  periodEnd: string;
  allocations: { fundingStreamId: string; cents: bigint }[];
  tranches: { cents: bigint; plannedOn: string }[];
}

function total(rows: { cents: bigint }[], currency: string): bigint {
  let sum: MoneyValue = { cents: 0n, currency };
  for (const row of rows) sum = addMoney(sum, { cents: row.cents, currency });
  return sum.cents;
}

/**
 * What funds needs to make the grant must add up before the board votes on it: the period is in
 * order, the tranches are dated in order within it and add up to the amount, and so do the
 * allocations when there are any (none leaves the choice of streams to the fund administrator).
 * Whether the streams exist and may pay for this is for funds to say.
 */
export function validateFundingProposal(draft: FundingProposalDraft): void {
  const currency = draft.amount.currency ?? DEFAULT_CURRENCY;
  if (draft.amount.cents <= 0n) throw new FundingProposalInvalid('funding.amount', 'AMOUNT_NOT_POSITIVE');
  if (draft.periodEnd < draft.periodStart)
    throw new FundingProposalInvalid('funding.periodEnd', 'PERIOD_OUT_OF_ORDER');

  const streams = draft.allocations.map((allocation) => allocation.fundingStreamId);
  if (new Set(streams).size !== streams.length) {
    throw new FundingProposalInvalid('funding.allocations', 'STREAM_LISTED_TWICE');
  }
  if (draft.allocations.length && total(draft.allocations, currency) !== draft.amount.cents) {
    throw new FundingProposalInvalid('funding.allocations', 'ALLOCATIONS_DO_NOT_ADD_UP');
  }

  if (total(draft.tranches, currency) !== draft.amount.cents) {
    throw new FundingProposalInvalid('funding.tranches', 'TRANCHES_DO_NOT_ADD_UP');
  }
  draft.tranches.forEach((tranche, index) => {
    if (tranche.plannedOn < draft.periodStart || tranche.plannedOn > draft.periodEnd) {
      throw new FundingProposalInvalid(`funding.tranches.${index}.plannedOn`, 'TRANCHE_OUTSIDE_PERIOD');
    }
    if (index > 0 && tranche.plannedOn <= draft.tranches[index - 1].plannedOn) {
      throw new FundingProposalInvalid(`funding.tranches.${index}.plannedOn`, 'TRANCHES_OUT_OF_ORDER');
    }
  });
}
