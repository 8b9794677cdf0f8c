import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderPage, type TestPerson } from '../../testing/render';
import { daniel, peopleMock, recordInto, SignedIn } from '../workgroups/people.fixtures';
import { EditMeeting } from './EditMeeting';
import { MeetingQuery, UpdateMeetingMutation } from './operations';
import { localDateTimeValue } from './schedule-meeting.form';

const HSS = 'c-hss';
const read = { action: 'read' as const, subject: ['Meeting' as const, 'Membership' as const] };
const CHAIR = daniel([
  read,
  { action: 'update', subject: 'Meeting', conditions: { collaborativeId: HSS, workgroupId: null } },
]);
const RESIDENT: TestPerson = { ...CHAIR, id: 'u-gloria', displayName: 'Gloria Hernández', rules: [read] };

const meeting = {
  id: 'me-dec',
  collaborativeId: HSS,
  workgroupId: null,
  status: 'SCHEDULED' as const,
  title: 'Leadership team, December',
  scheduledAt: '2026-12-15T02:00:00.000Z',
  location: 'Boggs Tract Community Center',
  remoteLink: 'https://meet.example.org/braid',
  noteTakerUserId: null,
};

const refetched = {
  request: { query: MeetingQuery, variables: { id: meeting.id } },
  result: {
    data: {
      meeting: {
        __typename: 'Meeting',
        ...meeting,
        startedAt: null,
        endedAt: null,
        agenda: [],
        attendance: [],
        quorum: null,
        motions: [],
        minutes: [],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const people = peopleMock(HSS, [
  ['u-daniel', 'Daniel Okafor'],
  ['u-helen', 'Helen Park'],
]);

function renderAs(person: TestPerson, extra: unknown[] = []) {
  return renderPage(
    <>
      <SignedIn />
      <section aria-label="Scheduled">
        <EditMeeting meeting={meeting} />
      </section>
      <section aria-label="Adjourned">
        <EditMeeting meeting={{ ...meeting, id: 'me-nov', status: 'ADJOURNED' }} />
      </section>
    </>,
    { person, mocks: [people, refetched, ...(extra as never[])] },
  );
}

async function openForm() {
  const person = userEvent.setup();
  const scheduled = screen.getByRole('region', { name: 'Scheduled' });
  await person.click(await within(scheduled).findByRole('button', { name: 'Edit the meeting’s details' }));
  return { person, form: screen.getByRole('form', { name: 'Edit the meeting’s details' }) };
}

describe("changing a meeting's details", () => {
  it('is offered to whoever runs the meeting, only while it can still change', async () => {
    renderAs(CHAIR);
    const scheduled = screen.getByRole('region', { name: 'Scheduled' });
    await within(scheduled).findByRole('button', { name: 'Edit the meeting’s details' });
    expect(
      within(screen.getByRole('region', { name: 'Adjourned' })).queryByRole('button'),
    ).not.toBeInTheDocument();
  });

  it('is not offered to a member who does not run it', async () => {
    renderAs(RESIDENT);
    await screen.findByText('Signed in as Gloria Hernández');
    expect(screen.queryByRole('button', { name: 'Edit the meeting’s details' })).not.toBeInTheDocument();
  });

  it('asks for a title before sending, then sends the new time, place and note-taker', async () => {
    const sent: unknown[] = [];
    renderAs(CHAIR, [
      {
        request: { query: UpdateMeetingMutation, variables: recordInto(sent) },
        result: {
          data: {
            updateMeeting: {
              __typename: 'Meeting',
              ...meeting,
              location: 'Stockton Unified board room',
              noteTakerUserId: 'u-helen',
            },
          },
        },
      },
    ]);
    const { person, form } = await openForm();
    expect(within(form).getByLabelText(/^Date and time/)).toHaveValue(
      localDateTimeValue(meeting.scheduledAt),
    );
    await person.clear(within(form).getByLabelText(/^Title/));
    await person.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByLabelText(/^Title/)).toHaveAccessibleDescription(/This is required\./);
    expect(sent).toEqual([]);

    await person.type(within(form).getByLabelText(/^Title/), 'Leadership team, December');
    await person.clear(within(form).getByLabelText(/^Date and time/));
    await person.type(within(form).getByLabelText(/^Date and time/), '2026-12-16T18:30');
    await person.clear(within(form).getByLabelText('Place'));
    await person.type(within(form).getByLabelText('Place'), 'Stockton Unified board room');
    await person.clear(within(form).getByLabelText('Link to join remotely'));
    await person.selectOptions(await within(form).findByLabelText(/^Note-taker/), 'Helen Park');
    await person.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The meeting’s details are saved.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        id: meeting.id,
        title: 'Leadership team, December',
        scheduledAt: new Date('2026-12-16T18:30').toISOString(),
        location: 'Stockton Unified board room',
        remoteLink: null,
        noteTakerUserId: 'u-helen',
      },
    ]);
  });

  it('does not send the time when it was not moved, and shows the API’s refusal', async () => {
    const sent: unknown[] = [];
    renderAs(CHAIR, [
      {
        request: { query: UpdateMeetingMutation, variables: recordInto(sent) },
        result: {
          errors: [
            new GraphQLError('The meeting is adjourned; its agenda and attendance can no longer change.', {
              extensions: { code: 'CONFLICT', reason: 'MEETING_CLOSED_FOR_CHANGES', status: 'ADJOURNED' },
            }),
          ],
        },
      },
    ]);
    const { person, form } = await openForm();
    await person.click(within(form).getByRole('button', { name: 'Save' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('The meeting is over: its agenda and attendance can no longer change.');
    expect(alert).not.toHaveTextContent('The meeting is adjourned');
    expect(sent).toEqual([
      {
        id: meeting.id,
        title: meeting.title,
        location: meeting.location,
        remoteLink: meeting.remoteLink,
        noteTakerUserId: null,
      },
    ]);
  });
});
