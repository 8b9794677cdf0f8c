import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { renderPage, type TestPerson } from '../testing/render';
import { RequireAvailable } from './RequireAvailable';

const HSS = 'c-hss';

const PARTNER: TestPerson = {
  id: 'u-carmen',
  displayName: 'Carmen Ruiz',
  email: 'partner@demo.braid.example',
  preferredLanguage: 'EN',
  rules: [
    { action: 'read', subject: ['Collaborative'], conditions: { id: HSS } },
    {
      action: 'read',
      subject: 'Grant',
      conditions: { collaborativeId: HSS, recipientOrganizationId: 'o-rss' },
    },
  ],
};
const FUND_ADMIN: TestPerson = {
  ...PARTNER,
  id: 'u-dana',
  rules: [
    {
      action: 'read',
      subject: ['LedgerTransaction', 'Motion', 'Meeting'],
      conditions: { collaborativeId: HSS },
    },
  ],
};

function visit(person: TestPerson, url: string) {
  return renderPage(
    <Routes>
      <Route element={<RequireAvailable />}>
        <Route path="funds/ledger" element={<h1>Ledger</h1>} />
        <Route path="motions/:motionId" element={<h1>A motion</h1>} />
        <Route path="funds/grants/:grantId" element={<h1>A grant</h1>} />
      </Route>
    </Routes>,
    { person, path: '/collaboratives/:collaborativeId/*', url },
  );
}

describe('a page reached by its address', () => {
  it('tells a partner contact the ledger is not available to them, with the way back', async () => {
    visit(PARTNER, `/collaboratives/${HSS}/funds/ledger`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not available to you' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Ledger' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the overview' })).toHaveAttribute(
      'href',
      `/collaboratives/${HSS}`,
    );
  });

  it('covers the pages below a section the person cannot use (a motion, for a partner)', async () => {
    visit(PARTNER, `/collaboratives/${HSS}/motions/mo-1`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Not available to you' }),
    ).toBeInTheDocument();
  });

  it('leaves a page the person may read alone (a partner’s own grant; the ledger for the fund administrator)', async () => {
    visit(PARTNER, `/collaboratives/${HSS}/funds/grants/g-1`);
    expect(await screen.findByRole('heading', { level: 1, name: 'A grant' })).toBeInTheDocument();
  });

  it('shows the ledger to the fund administrator', async () => {
    visit(FUND_ADMIN, `/collaboratives/${HSS}/funds/ledger`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ledger' })).toBeInTheDocument();
  });
});
