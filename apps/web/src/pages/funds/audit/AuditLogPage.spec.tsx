import { AUDIT_ACTIONS } from '@braid/contracts';
import { screen, within } from '@testing-library/react';
import { MESSAGES } from '../../../i18n/messages';
import { renderPage, type TestPerson } from '../../../testing/render';
import { AUDIT_PAGE_SIZE, AuditLogPage, auditActionWords } from './AuditLogPage';
import { AuditEventsQuery } from './operations';

const HSS = 'c-hss';
const FUND_ADMIN: TestPerson = {
  id: 'u-funds',
  displayName: 'Linh Tran',
  email: 'funds@demo.braid.example',
  preferredLanguage: 'ES',
  rules: [{ action: 'read', subject: ['Collaborative', 'AuditEvent', 'Grant', 'Disbursement'] }],
};

const event = (id: string, action: string, entityType: string, recordName: string | null) => ({
  __typename: 'AuditEvent' as const,
  id,
  action,
  actorName: 'Linh Tran',
  occurredAt: '2026-11-03T17:00:00Z',
  entityType,
  entityId: `00000000-0000-4000-8000-00000000000${id}`,
  recordName,
});

describe('the audit log’s words for what happened', () => {
  it.each(Object.keys(MESSAGES))(
    'has a %s sentence for every event name the API can write, none of them the name itself',
    (locale) => {
      const messages = MESSAGES[locale as keyof typeof MESSAGES];
      const missing = AUDIT_ACTIONS.filter((action) => !messages[auditActionWords(action)]?.trim());
      const raw = AUDIT_ACTIONS.filter((action) => messages[auditActionWords(action)]?.includes(action));
      expect({ missing, raw }).toEqual({ missing: [], raw: [] });
    },
  );

  it('says an unknown event name as a sentence, never as its id', () => {
    expect(auditActionWords('grant.renamedByAFutureVersion')).toBe('audit.action.unknown');
  });
});

describe('the audit log page', () => {
  it('says in the reader’s language who did what, to which record by its name, and no ids', async () => {
    renderPage(<AuditLogPage />, {
      person: FUND_ADMIN,
      path: '/collaboratives/:collaborativeId/funds/audit',
      url: `/collaboratives/${HSS}/funds/audit`,
      mocks: [
        {
          request: {
            query: AuditEventsQuery,
            variables: { collaborativeId: HSS, first: AUDIT_PAGE_SIZE, entityType: null },
          },
          result: {
            data: {
              auditEvents: {
                __typename: 'AuditEventConnection',
                nodes: [
                  event('3', 'disbursement.released', 'Disbursement', null),
                  event('2', 'grant.createdFromMotion', 'Grant', 'Stockton Trauma Recovery Center, year one'),
                  event('1', 'grant.archivedSomeday', 'SomethingNew', null),
                ],
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              },
            },
          },
        },
      ],
    });
    const table = await screen.findByTestId('audit-table');
    // Linh reads Spanish: the events are in Spanish, the grant by its name.
    await within(table).findByText('Liberó un desembolso');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Linh Tran', 'Liberó un desembolso', 'Desembolso'],
      [
        'Linh Tran',
        'Otorgó una subvención por una moción aprobada',
        'Subvención «Stockton Trauma Recovery Center, year one»',
      ],
      ['Linh Tran', 'Hizo un cambio', 'Otro registro'],
    ]);
    expect(table.textContent).not.toMatch(/disbursement\.released|grant\.|0000|SomethingNew/);
  });
});
