import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import { RESIDENT, renderPage } from '../testing/render';
import { CollaborativeSwitcher } from './CollaborativeSwitcher';
import { MyCollaborativesQuery } from './operations';

function collaboratives(...names: string[]) {
  return {
    request: { query: MyCollaborativesQuery },
    result: {
      data: {
        myCollaboratives: names.map((name, i) => ({ __typename: 'Collaborative', id: `c-${i + 1}`, name })),
      },
    },
  };
}

function Opened() {
  const { collaborativeId } = useParams();
  return <p>Opened {collaborativeId}</p>;
}

function Header() {
  return (
    <>
      <CollaborativeSwitcher />
      <Routes>
        <Route path=":collaborativeId" element={<Opened />} />
      </Routes>
    </>
  );
}

describe('the collaborative switcher', () => {
  it('lets a member of several collaboratives open another one', async () => {
    renderPage(<Header />, {
      person: RESIDENT,
      path: '/collaboratives/*',
      url: '/collaboratives/c-1',
      mocks: [collaboratives('Healing South Stockton', 'North Stockton Collaborative')],
    });
    const switcher = await screen.findByRole('combobox', { name: 'Colaborativa' });
    expect(switcher).toHaveValue('c-1');
    await userEvent.setup().selectOptions(switcher, 'North Stockton Collaborative');
    expect(await screen.findByText('Opened c-2')).toBeInTheDocument();
  });

  it('is not shown to a member of one collaborative', async () => {
    renderPage(<Header />, {
      person: RESIDENT,
      path: '/collaboratives/*',
      url: '/collaboratives/c-1',
      mocks: [collaboratives('Healing South Stockton')],
    });
    expect(await screen.findByText('Opened c-1')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
  });
});
