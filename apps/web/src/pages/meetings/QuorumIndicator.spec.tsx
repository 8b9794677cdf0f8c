import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { en } from '../../i18n/messages/en';
import { QuorumIndicator } from './QuorumIndicator';

function show(quorum: Parameters<typeof QuorumIndicator>[0]['quorum']) {
  return render(
    <IntlProvider locale="en-US" messages={en}>
      <MantineProvider>
        <QuorumIndicator quorum={quorum} />
      </MantineProvider>
    </IntlProvider>,
  );
}

const resident = (present: number) => ({
  __typename: 'SectorQuorum' as const,
  sector: 'RESIDENT' as const,
  minimumPresent: 1,
  present,
  met: present >= 1,
});

describe('the quorum indicator', () => {
  it('says quorum is met with the counts and the resident seat', () => {
    show({
      __typename: 'QuorumCheck',
      met: true,
      required: 5,
      presentSeats: 6,
      filledSeats: 9,
      sectors: [resident(1)],
    });
    expect(screen.getByText('Quorum met')).toBeInTheDocument();
    expect(screen.getByText('6 of 9 seats present; 5 needed.')).toBeInTheDocument();
    expect(screen.getByText('Resident seats present: 1 (at least 1 needed).')).toBeInTheDocument();
  });

  it('names the missing resident seat when enough seats are present without one', () => {
    show({
      __typename: 'QuorumCheck',
      met: false,
      required: 5,
      presentSeats: 7,
      filledSeats: 9,
      sectors: [resident(0)],
    });
    expect(screen.getByText('No quorum yet')).toBeInTheDocument();
    expect(screen.getByText(/Resident seats present: 0 .* Still missing\./)).toBeInTheDocument();
  });

  it('says how many more seats are needed', () => {
    show({
      __typename: 'QuorumCheck',
      met: false,
      required: 5,
      presentSeats: 3,
      filledSeats: 9,
      sectors: [resident(1)],
    });
    expect(screen.getByText('2 more seats needed.')).toBeInTheDocument();
  });
});
