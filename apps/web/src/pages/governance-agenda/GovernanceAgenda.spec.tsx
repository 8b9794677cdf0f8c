import { screen, within } from '@testing-library/react';
import { renderPage, type TestPerson } from '../../testing/render';
import { GovernanceAgenda } from './GovernanceAgenda';
import { GovernanceAgendaQuery } from './operations';

const HSS = 'c-hss';

const MEMBER: TestPerson = {
  id: 'u-priya',
  displayName: 'Priya Natarajan',
  email: 'healthplan@demo.braid.example',
  preferredLanguage: 'EN',
  rules: [{ action: 'read', subject: ['Meeting', 'Motion'], conditions: { collaborativeId: HSS } }],
};
const PARTNER: TestPerson = { ...MEMBER, id: 'u-carmen', rules: [{ action: 'read', subject: 'Grant' }] };

const DAY = 24 * 3600 * 1000;
const meeting = (id: string, title: string, status: string, inDays: number) => ({
  __typename: 'Meeting' as const,
  id,
  collaborativeId: HSS,
  workgroupId: null,
  title,
  scheduledAt: new Date(Date.now() + inDays * DAY).toISOString(),
  status,
  location: null,
  remoteLink: null,
});

const agenda = {
  request: { query: GovernanceAgendaQuery, variables: { collaborativeId: HSS } },
  result: {
    data: {
      motions: {
        __typename: 'MotionConnection',
        nodes: [
          {
            __typename: 'Motion',
            id: 'mo-1',
            title: 'Fund the trust builders outreach program',
            kind: 'FUNDING',
            status: 'OPEN',
            outcome: null,
            secret: false,
            meeting: {
              __typename: 'Meeting',
              id: 'me-today',
              title: 'Leadership team',
              scheduledAt: new Date().toISOString(),
            },
          },
        ],
      },
      meetings: {
        __typename: 'MeetingConnection',
        nodes: [
          meeting('me-past', 'September leadership team', 'ADJOURNED', -60),
          meeting('me-next', 'January leadership team', 'SCHEDULED', 40),
          meeting('me-today', 'Leadership team', 'IN_PROGRESS', 0),
        ],
      },
    },
  },
};

function renderAs(person: TestPerson) {
  return renderPage(<GovernanceAgenda collaborativeId={HSS} />, { person, mocks: [agenda] });
}

describe("the overview's votes and meetings", () => {
  it('lists the motions open for a vote and the meetings to come, the one under way first', async () => {
    renderAs(MEMBER);
    const open = await screen.findByRole('region', { name: 'Open for a vote' });
    expect(
      await within(open).findByRole('link', { name: 'Fund the trust builders outreach program' }),
    ).toHaveAttribute('href', `/collaboratives/${HSS}/motions/mo-1`);
    const upcoming = screen.getByRole('region', { name: 'Upcoming meetings' });
    const links = within(upcoming)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual(['Leadership team', 'January leadership team', 'All meetings']);
    expect(within(upcoming).queryByText('September leadership team')).not.toBeInTheDocument();
  });

  it('is not shown to someone who does not read the deliberations (a partner contact)', async () => {
    const { container } = renderAs(PARTNER);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container.querySelector('section')).toBeNull();
  });
});
