import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderPage, type TestPerson } from '../../testing/render';
import { CreateWorkgroupMutation, WorkgroupsQuery } from './operations';
import { choosePerson, daniel, peopleMock, recordInto, SignedIn } from './people.fixtures';
import { WorkgroupsPage } from './WorkgroupsPage';

const HSS = 'c-hss';
const read = { action: 'read' as const, subject: ['Workgroup' as const, 'Membership' as const] };
const CHAIR = daniel([
  read,
  { action: ['create', 'update', 'appoint'], subject: 'Workgroup', conditions: { collaborativeId: HSS } },
]);
const OBSERVER: TestPerson = { ...CHAIR, id: 'u-olivia', displayName: 'Olivia Grant', rules: [read] };

const listed = {
  request: { query: WorkgroupsQuery, variables: { collaborativeId: HSS } },
  result: { data: { workgroups: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const people = peopleMock(HSS, [
  ['u-marcus', 'Marcus Bell'],
  ['u-helen', 'Helen Park'],
  ['u-ana', 'Ana López'],
]);

function renderAs(person: TestPerson, extra: unknown[] = []) {
  return renderPage(
    <>
      <SignedIn />
      <WorkgroupsPage />
    </>,
    {
      person,
      path: '/collaboratives/:collaborativeId/workgroups',
      url: `/collaboratives/${HSS}/workgroups`,
      mocks: [listed, people, ...(extra as never[])],
    },
  );
}

describe('forming a workgroup', () => {
  it('is offered only to those who may form one', async () => {
    renderAs(OBSERVER);
    await screen.findByText('Signed in as Olivia Grant');
    expect(await screen.findByText('No workgroups yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Form a workgroup' })).not.toBeInTheDocument();
  });

  it('asks for a name before sending, then forms it with its lead and members chosen by name', async () => {
    const sent: unknown[] = [];
    const created = {
      request: { query: CreateWorkgroupMutation, variables: recordInto(sent) },
      result: {
        data: {
          createWorkgroup: {
            __typename: 'Workgroup',
            id: 'wg-housing',
            collaborativeId: HSS,
            name: 'Housing Policy',
            purpose: 'Stable homes.',
            status: 'ACTIVE',
            members: [],
          },
        },
      },
    };
    renderAs(CHAIR, [created]);
    const person = userEvent.setup();
    await person.click(await screen.findByRole('button', { name: 'Form a workgroup' }));
    const form = screen.getByRole('form', { name: 'Form a workgroup' });
    await person.click(within(form).getByRole('button', { name: 'Form the workgroup' }));
    expect(within(form).getByLabelText(/^Name/)).toHaveAccessibleDescription(/This is required\./);
    expect(sent).toEqual([]);

    await person.type(within(form).getByLabelText(/^Name/), ' Housing Policy ');
    await person.type(within(form).getByLabelText(/^Purpose/), 'Stable homes.');
    await choosePerson(/^Leads/, 'Marcus Bell');
    await choosePerson(/^Members/, 'Ana López');
    await person.click(within(form).getByRole('button', { name: 'Form the workgroup' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(await screen.findByText('The workgroup is formed.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        collaborativeId: HSS,
        name: 'Housing Policy',
        purpose: 'Stable homes.',
        leadUserIds: ['u-marcus'],
        memberUserIds: ['u-ana'],
      },
    ]);
  });

  it('shows the API’s refusal and stays on the form', async () => {
    const taken = {
      request: { query: CreateWorkgroupMutation, variables: () => true },
      result: {
        errors: [
          new GraphQLError('A workgroup named "Data Sharing" already exists in this collaborative.', {
            extensions: {
              code: 'CONFLICT',
              reason: 'WORKGROUP_NAME_TAKEN',
              name: 'Data Sharing',
              field: 'name',
            },
          }),
        ],
      },
    };
    renderAs(CHAIR, [taken]);
    const person = userEvent.setup();
    await person.click(await screen.findByRole('button', { name: 'Form a workgroup' }));
    const form = screen.getByRole('form', { name: 'Form a workgroup' });
    await person.type(within(form).getByLabelText(/^Name/), 'Data Sharing');
    await person.click(within(form).getByRole('button', { name: 'Form the workgroup' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'A workgroup named “Data Sharing” already exists in this collaborative.',
    );
    expect(screen.queryByText('elsewhere')).not.toBeInTheDocument();
  });
});
