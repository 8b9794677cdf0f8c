import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RESIDENT, renderPage, type TestPerson } from '../../testing/render';
import { CalendarFeedSection } from './CalendarFeedSection';
import {
  CalendarFeedQuery,
  CreateCalendarFeedMutation,
  RegenerateCalendarFeedMutation,
  RevokeCalendarFeedMutation,
} from './operations';

const ENGLISH: TestPerson = { ...RESIDENT, preferredLanguage: 'EN' };
const ISSUED_AT = '2026-01-02T15:00:00.000Z';
const FIRST_URL = 'https://braid.example.org/api/calendar/first-secret-token-000000000000000.ics';
const SECOND_URL = 'https://braid.example.org/api/calendar/second-secret-token-00000000000000.ics';

const feed = (exists: boolean) => ({
  request: { query: CalendarFeedQuery },
  result: {
    data: { calendarFeed: exists ? { __typename: 'CalendarFeed' as const, issuedAt: ISSUED_AT } : null },
  },
});
const issued = (url: string) => ({
  __typename: 'IssuedCalendarFeed' as const,
  url,
  feed: { __typename: 'CalendarFeed' as const, issuedAt: ISSUED_AT },
});

function render(mocks: Parameters<typeof renderPage>[1]['mocks'], person: TestPerson = ENGLISH) {
  renderPage(<CalendarFeedSection />, { person, path: '/account', mocks });
  return userEvent.setup();
}

describe('my calendar feed', () => {
  it('makes a feed and shows its address once, with a copy button and how to subscribe', async () => {
    const user = render([
      feed(false),
      {
        request: { query: CreateCalendarFeedMutation },
        result: { data: { createCalendarFeed: issued(FIRST_URL) } },
      },
      feed(true),
    ]);
    const section = await screen.findByRole('region', { name: 'Calendar feed' });
    expect(await within(section).findByText('You have no calendar feed.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Make my calendar feed' }));

    const shown = await within(section).findByRole('status');
    expect(within(shown).getByLabelText('Calendar feed address')).toHaveValue(FIRST_URL);
    expect(within(shown).getByRole('button', { name: 'Copy address' })).toBeInTheDocument();
    expect(shown).toHaveTextContent('shown only this once');
    for (const app of ['Google Calendar', 'Apple Calendar', 'Outlook'])
      expect(within(shown).getByText(new RegExp(`^${app}`))).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Get a new address' })).toBeInTheDocument();
  });

  it('asks before giving the feed a new address, says the old one stops working, then shows the new one', async () => {
    const user = render([
      feed(true),
      {
        request: { query: RegenerateCalendarFeedMutation },
        result: { data: { regenerateCalendarFeed: issued(SECOND_URL) } },
      },
      feed(true),
    ]);
    const section = await screen.findByRole('region', { name: 'Calendar feed' });
    await user.click(await within(section).findByRole('button', { name: 'Get a new address' }));
    const dialog = await screen.findByRole('dialog', { name: 'Get a new address?' });
    expect(dialog).toHaveTextContent('The current address stops working at once');
    await user.click(within(dialog).getByRole('button', { name: 'Get a new address' }));
    expect(await within(section).findByLabelText('Calendar feed address')).toHaveValue(SECOND_URL);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('turns the feed off after asking, and can be kept with the keyboard', async () => {
    const user = render([
      feed(true),
      { request: { query: RevokeCalendarFeedMutation }, result: { data: { revokeCalendarFeed: true } } },
      feed(false),
    ]);
    const section = await screen.findByRole('region', { name: 'Calendar feed' });
    await user.click(await within(section).findByRole('button', { name: 'Turn off the feed' }));
    let dialog = await screen.findByRole('dialog', { name: 'Turn off your calendar feed?' });
    // "Keep it" has the focus: Enter keeps the feed.
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Turn off the feed' }));
    dialog = await screen.findByRole('dialog', { name: 'Turn off your calendar feed?' });
    await user.click(within(dialog).getByRole('button', { name: 'Turn off the feed' }));
    expect(await within(section).findByText('Your calendar feed is off.')).toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Make my calendar feed' })).toBeInTheDocument();
  });

  it('speaks Spanish to a Spanish reader', async () => {
    render([feed(false)], { ...RESIDENT, preferredLanguage: 'ES' });
    expect(await screen.findByRole('button', { name: 'Crear mi calendario suscrito' })).toBeInTheDocument();
  });
});
