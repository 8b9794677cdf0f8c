import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MyCollaborativesQuery } from '../../app/operations';
import { RESIDENT, renderPage, type TestPerson } from '../../testing/render';

/** Someone starting a collaborative, reading English. */
const FOUNDER: TestPerson = { ...RESIDENT, preferredLanguage: 'EN' };
import { NewCollaborativePage } from './NewCollaborativePage';
import { CreateCollaborativeMutation } from './operations';

const created = (publicTransparency: boolean) => ({
  request: {
    query: CreateCollaborativeMutation,
    variables: {
      input: {
        name: 'North Stockton',
        slug: 'north-stockton',
        region: null,
        description: null,
        publicTransparency,
      },
    },
  },
  result: {
    data: { createCollaborative: { __typename: 'Collaborative', id: 'c-new', name: 'North Stockton' } },
  },
});
const mine = {
  request: { query: MyCollaborativesQuery },
  result: {
    data: { myCollaboratives: [{ __typename: 'Collaborative', id: 'c-new', name: 'North Stockton' }] },
  },
};

// jsdom has no FontFaceSet, which Mantine's autosizing description field listens to.
beforeAll(() => {
  if (!('fonts' in document))
    Object.defineProperty(document, 'fonts', {
      configurable: true,
      value: { addEventListener: () => undefined, removeEventListener: () => undefined },
    });
});

describe('starting a collaborative', () => {
  it('asks whether to publish the transparency page, and leaves it private unless ticked', async () => {
    renderPage(<NewCollaborativePage />, { person: FOUNDER, mocks: [created(false), mine] });
    const person = userEvent.setup();
    const publish = await screen.findByRole('checkbox', { name: 'Publish its transparency page now' });
    expect(publish).not.toBeChecked();
    await person.type(screen.getByLabelText(/^Name/), 'North Stockton');
    await person.click(screen.getByRole('button', { name: 'Create collaborative' }));
    // The page moves on to the new collaborative's set-up once the mutation (sent with false) answers.
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
  });

  it('publishes it from the start when the creator chooses to', async () => {
    renderPage(<NewCollaborativePage />, { person: FOUNDER, mocks: [created(true), mine] });
    const person = userEvent.setup();
    await person.click(await screen.findByRole('checkbox', { name: 'Publish its transparency page now' }));
    await person.type(screen.getByLabelText(/^Name/), 'North Stockton');
    await person.click(screen.getByRole('button', { name: 'Create collaborative' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
  });
});
