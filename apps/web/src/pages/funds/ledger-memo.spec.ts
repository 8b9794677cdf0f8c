import { createIntl } from 'react-intl';
import { INTL_LOCALE, type Locale } from '../../i18n/locale';
import { MESSAGES, type MessageId } from '../../i18n/messages';
import type { MessageValues } from '../../i18n/use-t';
import { ledgerMemo } from './ledger-memo';

const tIn = (locale: Locale) => {
  const intl = createIntl({ locale: INTL_LOCALE[locale], messages: MESSAGES[locale] });
  return (id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values);
};

const commitment = {
  memo: 'Committed to "Promotoras in Lodi" by motion d8e6b87f-4c1e-4d0a-9b7e-2f6a1c3d5e7f',
  memoParts: {
    kind: 'GRANT_COMMITMENT' as const,
    grantTitle: 'Promotoras in Lodi',
    motionTitle: 'Fund the promotoras, year one',
    trancheNumber: null,
  },
};
const release = {
  memo: 'Tranche 2 of "Promotoras in Lodi"',
  memoParts: {
    kind: 'TRANCHE_RELEASE' as const,
    grantTitle: 'Promotoras in Lodi',
    motionTitle: null,
    trancheNumber: 2,
  },
};

describe("a ledger transaction's memo", () => {
  it('says a commitment by the names of its grant and motion, in the reader’s language, without the motion’s id', () => {
    expect(ledgerMemo(tIn('es'), commitment)).toBe(
      'Comprometido para «Promotoras in Lodi» por la moción «Fund the promotoras, year one»',
    );
    expect(ledgerMemo(tIn('en'), commitment)).toBe(
      'Committed to “Promotoras in Lodi” by the motion “Fund the promotoras, year one”',
    );
    expect(ledgerMemo(tIn('en'), commitment)).not.toMatch(/d8e6b87f/);
  });

  it('says a release by its tranche number and grant', () => {
    expect(ledgerMemo(tIn('es'), release)).toBe('Desembolso 2 de «Promotoras in Lodi»');
  });

  it('shows a memo a person wrote as they wrote it', () => {
    expect(ledgerMemo(tIn('es'), { memo: 'County wire, first quarter', memoParts: null })).toBe(
      'County wire, first quarter',
    );
  });
});
