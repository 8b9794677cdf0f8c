import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderPage, type TestPerson } from '../../testing/render';
import { MeetingsQuery } from '../meetings/operations';
import { ACTION_ITEMS_PAGE_SIZE } from './ActionItems';
import {
  ActionItemsQuery,
  PostActionUpdateMutation,
  UpdateWorkgroupMutation,
  WorkgroupQuery,
} from './operations';
import { choosePerson, peopleMock, recordInto } from './people.fixtures';
import { WorkgroupPage } from './WorkgroupPage';

const HSS = 'c-hss';
const WG = 'wg-trauma';
const read = {
  action: 'read' as const,
  subject: ['Workgroup' as const, 'ActionItem' as const, 'Meeting' as const],
};

const MARCUS: TestPerson = {
  id: 'u-marcus',
  displayName: 'Marcus Bell',
  email: 'lead@demo.braid.example',
  preferredLanguage: 'EN',
  rules: [
    read,
    {
      action: ['create', 'update'],
      subject: 'ActionItem',
      conditions: { collaborativeId: HSS, workgroupId: { $in: [WG] } },
    },
    { action: 'update', subject: 'Workgroup', conditions: { collaborativeId: HSS, id: { $in: [WG] } } },
  ],
};
const CHAIR: TestPerson = {
  ...MARCUS,
  id: 'u-daniel',
  displayName: 'Daniel Okafor',
  rules: [
    read,
    { action: ['create', 'update', 'appoint'], subject: 'Workgroup', conditions: { collaborativeId: HSS } },
  ],
};
const HELEN: TestPerson = {
  ...MARCUS,
  id: 'u-helen',
  displayName: 'Helen Park',
  rules: [
    read,
    {
      action: 'update',
      subject: 'ActionItem',
      conditions: { collaborativeId: HSS, workgroupId: { $in: [WG] }, ownerUserId: 'u-helen' },
    },
  ],
};
const OLIVIA: TestPerson = { ...MARCUS, id: 'u-olivia', displayName: 'Olivia Grant', rules: [read] };

const user = (id: string, displayName: string) => ({ __typename: 'User' as const, id, displayName });
const item = (
  id: string,
  title: string,
  ownerUserId: string,
  owner: string,
  status: string,
  dueOn: string | null,
) => ({
  __typename: 'ActionItem' as const,
  id,
  collaborativeId: HSS,
  workgroupId: WG,
  title,
  status,
  dueOn,
  ownerUserId,
  owner: user(ownerUserId, owner),
  updatedAt: '2026-11-01T00:00:00Z',
  updates: [],
});

const mocks = [
  {
    request: { query: WorkgroupQuery, variables: { id: WG } },
    result: {
      data: {
        workgroup: {
          __typename: 'Workgroup',
          id: WG,
          collaborativeId: HSS,
          name: 'Trauma-Informed Care',
          purpose: 'Make every door a trauma-informed one.',
          status: 'ACTIVE',
          members: [
            {
              __typename: 'WorkgroupMember',
              userId: 'u-marcus',
              lead: true,
              user: user('u-marcus', 'Marcus Bell'),
            },
            {
              __typename: 'WorkgroupMember',
              userId: 'u-helen',
              lead: false,
              user: user('u-helen', 'Helen Park'),
            },
          ],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: ActionItemsQuery, variables: { workgroupId: WG, first: ACTION_ITEMS_PAGE_SIZE } },
    result: {
      data: {
        actionItems: {
          __typename: 'ActionItemConnection',
          nodes: [
            item('ai-1', 'Map referral paths', 'u-marcus', 'Marcus Bell', 'OPEN', '2020-01-01'),
            item('ai-2', 'Train 40 front-line staff', 'u-helen', 'Helen Park', 'BLOCKED', '2099-01-01'),
          ],
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  peopleMock(HSS, [
    ['u-marcus', 'Marcus Bell'],
    ['u-helen', 'Helen Park'],
    ['u-ana', 'Ana López'],
  ]),
  {
    request: { query: MeetingsQuery, variables: { collaborativeId: HSS, workgroupId: WG, first: 50 } },
    result: {
      data: {
        meetings: {
          __typename: 'MeetingConnection',
          nodes: [],
          pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

function renderAs(person: TestPerson, extra: typeof mocks = []) {
  return renderPage(<WorkgroupPage />, {
    person,
    path: '/collaboratives/:collaborativeId/workgroups/:workgroupId',
    url: `/collaboratives/${HSS}/workgroups/${WG}`,
    mocks: [...mocks, ...extra],
  });
}

const card = async (title: string) =>
  (await screen.findAllByTestId('action-item')).find((element) =>
    element.textContent?.includes(title),
  ) as HTMLElement;

describe("a workgroup's action items", () => {
  it('lists blocked work first and flags what is overdue', async () => {
    renderAs(OLIVIA);
    const cards = await screen.findAllByTestId('action-item');
    expect(cards.map((element) => within(element).getByRole('heading').textContent)).toEqual([
      'Train 40 front-line staff',
      'Map referral paths',
    ]);
    expect(within(cards[1] as HTMLElement).getByText(/Overdue/)).toBeInTheDocument();
  });

  it('lets the lead post and edit items', async () => {
    renderAs(MARCUS);
    expect(await screen.findByRole('button', { name: 'Post an action item' })).toBeInTheDocument();
    expect(
      within(await card('Train 40')).getByRole('button', { name: 'Edit “Train 40 front-line staff”' }),
    ).toBeInTheDocument();
  });

  it('shows an owner the progress button on their own item only', async () => {
    renderAs(HELEN);
    expect(
      within(await card('Train 40')).getByRole('button', { name: /^Post progress/ }),
    ).toBeInTheDocument();
    expect(
      within(await card('Map referral')).queryByRole('button', { name: /^Post progress/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Post an action item' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
  });

  it('asks for a note, then posts the progress with the new status', async () => {
    const posted = {
      request: {
        query: PostActionUpdateMutation,
        variables: {
          input: { actionItemId: 'ai-2', note: 'Data-sharing agreement signed.', status: 'IN_PROGRESS' },
        },
      },
      result: {
        data: {
          postActionUpdate: {
            __typename: 'ActionUpdate',
            id: 'up-1',
            note: 'Data-sharing agreement signed.',
            statusFrom: 'BLOCKED',
            statusTo: 'IN_PROGRESS',
            authorUserId: 'u-helen',
            createdAt: '2026-11-23T18:00:00Z',
          },
        },
      },
    };
    renderAs(HELEN, [posted as never]);
    const mine = await card('Train 40');
    const person = userEvent.setup();
    await person.click(within(mine).getByRole('button', { name: /^Post progress/ }));
    await person.click(within(mine).getByRole('button', { name: 'Post' }));
    expect(within(mine).getByLabelText(/^What has happened/)).toHaveAccessibleDescription(
      /This is required\./,
    );
    await person.type(within(mine).getByLabelText(/^What has happened/), 'Data-sharing agreement signed.');
    await person.selectOptions(within(mine).getByLabelText('Status'), 'IN_PROGRESS');
    await person.click(within(mine).getByRole('button', { name: 'Post' }));
    expect(await within(mine).findByRole('button', { name: /^Post progress/ })).toBeInTheDocument();
  });
});

describe('changing a workgroup', () => {
  const savedAs = (status: string) => ({
    data: {
      updateWorkgroup: {
        __typename: 'Workgroup',
        id: WG,
        collaborativeId: HSS,
        name: 'Trauma-Informed Care',
        purpose: 'Make every door a trauma-informed one.',
        status,
        members: [],
      },
    },
  });

  it('is not offered to a member who does not lead it', async () => {
    renderAs(HELEN);
    // Her own item's progress button shows her permissions have arrived.
    await within(await card('Train 40')).findByRole('button', { name: /^Post progress/ });
    expect(screen.queryByRole('button', { name: 'Edit the workgroup' })).not.toBeInTheDocument();
  });

  it('lets the lead pause it and add a member, without touching who leads it', async () => {
    const sent: unknown[] = [];
    renderAs(MARCUS, [
      { request: { query: UpdateWorkgroupMutation, variables: recordInto(sent) }, result: savedAs('PAUSED') },
    ] as never);
    const person = userEvent.setup();
    await person.click(await screen.findByRole('button', { name: 'Edit the workgroup' }));
    const form = screen.getByRole('form', { name: 'Edit the workgroup' });
    await within(form).findByRole('combobox', { name: /^Members/ });
    expect(within(form).queryByRole('combobox', { name: /^Leads/ })).not.toBeInTheDocument();
    await person.selectOptions(within(form).getByLabelText('Status'), 'PAUSED');
    await choosePerson(/^Members/, 'Ana López');
    await person.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The workgroup’s changes are saved.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        id: WG,
        name: 'Trauma-Informed Care',
        purpose: 'Make every door a trauma-informed one.',
        status: 'PAUSED',
        memberUserIds: ['u-helen', 'u-ana'],
      },
    ]);
  });

  it('lets the chair appoint a lead, after asking for the name the chair cleared', async () => {
    const sent: unknown[] = [];
    renderAs(CHAIR, [
      { request: { query: UpdateWorkgroupMutation, variables: recordInto(sent) }, result: savedAs('ACTIVE') },
    ] as never);
    const person = userEvent.setup();
    await person.click(await screen.findByRole('button', { name: 'Edit the workgroup' }));
    const form = screen.getByRole('form', { name: 'Edit the workgroup' });
    await within(form).findByRole('combobox', { name: /^Leads/ });
    await person.clear(within(form).getByLabelText(/^Name/));
    await person.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByLabelText(/^Name/)).toHaveAccessibleDescription(/This is required\./);
    expect(sent).toEqual([]);

    await person.type(within(form).getByLabelText(/^Name/), 'Trauma-Informed Care');
    await choosePerson(/^Leads/, 'Helen Park');
    await person.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The workgroup’s changes are saved.')).toBeInTheDocument();
    expect(sent).toEqual([
      expect.objectContaining({ leadUserIds: ['u-marcus', 'u-helen'], memberUserIds: [] }),
    ]);
  });

  it('shows the API’s refusal', async () => {
    renderAs(MARCUS, [
      {
        request: { query: UpdateWorkgroupMutation, variables: () => true },
        result: {
          errors: [
            new GraphQLError('Only an administrator or the chair appoints workgroup leads.', {
              extensions: { code: 'FORBIDDEN' },
            }),
          ],
        },
      },
    ] as never);
    const person = userEvent.setup();
    await person.click(await screen.findByRole('button', { name: 'Edit the workgroup' }));
    const form = screen.getByRole('form', { name: 'Edit the workgroup' });
    await person.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByText('The workgroup’s changes are saved.')).not.toBeInTheDocument();
  });
});
