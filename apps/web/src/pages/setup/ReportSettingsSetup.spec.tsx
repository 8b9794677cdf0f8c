import { GraphQLError } from 'graphql';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderPage, type TestPerson, type TestRule } from '../../testing/render';
import {
  ReportSettingsQuery,
  ReportSettingsSetup,
  UpdateReportSettingsMutation,
} from './ReportSettingsSetup';

const HSS = 'c-hss';

const READ: TestRule = { action: 'read', subject: 'ReportSettings' };
const ADMIN: TestPerson = {
  id: 'u-admin',
  displayName: 'Maya Johnson',
  email: 'admin@demo.braid.example',
  preferredLanguage: 'EN',
  rules: [READ, { action: 'update', subject: 'ReportSettings', conditions: { collaborativeId: HSS } }],
};
const CHAIR: TestPerson = { ...ADMIN, id: 'u-chair', rules: [READ] };

const settings = (hold: boolean, updatedAt: string | null = null): MockLink.MockedResponse => ({
  request: { query: ReportSettingsQuery, variables: { collaborativeId: HSS } },
  result: {
    data: {
      reportSettings: {
        __typename: 'ReportSettings',
        collaborativeId: HSS,
        holdDisbursementsOnLateReports: hold,
        updatedAt,
      },
    },
  },
});

function renderSettings(who: TestPerson, mocks: MockLink.MockedResponse[]) {
  renderPage(<ReportSettingsSetup collaborativeId={HSS} />, { person: who, mocks });
  return userEvent.setup();
}

const SWITCH = "Hold a grant's next tranche while a report is late or has changes requested";

/**
 * The switch once the session's permissions have arrived: the settings may come first, and until
 * then nobody may change them, so a click would land on a disabled switch (one run in many).
 */
async function adminSwitch(): Promise<HTMLElement> {
  const hold = await screen.findByRole('switch', { name: SWITCH });
  await waitFor(() => expect(hold).toBeEnabled());
  return hold;
}

describe('the late-report setting', () => {
  it('turns the hold off for an administrator, and says it was saved', async () => {
    const sent: unknown[] = [];
    const user = renderSettings(ADMIN, [
      settings(true),
      {
        request: {
          query: UpdateReportSettingsMutation,
          variables: (variables: { input: unknown }) => {
            sent.push(variables.input);
            return true;
          },
        },
        result: {
          data: {
            updateReportSettings: {
              __typename: 'ReportSettings' as const,
              collaborativeId: HSS,
              holdDisbursementsOnLateReports: false,
              updatedAt: '2026-05-04T17:00:00.000Z',
            },
          },
        },
      },
      settings(false, '2026-05-04T17:00:00.000Z'),
    ]);
    const hold = await adminSwitch();
    expect(hold).toBeChecked();
    expect(screen.getByText('Tranches are held while a report is late or sent back.')).toBeTruthy();
    await user.click(hold);
    expect(await screen.findByText('The late-report setting was saved.')).toBeTruthy();
    expect(sent).toEqual([{ collaborativeId: HSS, holdDisbursementsOnLateReports: false }]);
    expect(screen.getByRole('switch', { name: SWITCH })).not.toBeChecked();
    expect(screen.getByTestId('report-settings-state').textContent).toBe(
      'Tranches are not held for late reports. Last changed May 4, 2026.',
    );
  });

  it('shows the refusal, and the setting as it still is', async () => {
    const user = renderSettings(ADMIN, [
      settings(true),
      {
        request: {
          query: UpdateReportSettingsMutation,
          variables: { input: { collaborativeId: HSS, holdDisbursementsOnLateReports: false } },
        },
        result: { errors: [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);
    await user.click(await adminSwitch());
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.queryByText('The late-report setting was saved.')).toBeNull();
    expect(screen.getByRole('switch', { name: SWITCH })).toBeChecked();
  });

  it('lets a leadership member read it, with the switch off limits', async () => {
    renderSettings(CHAIR, [settings(false)]);
    const hold = await screen.findByRole('switch', { name: SWITCH });
    expect(hold).toBeDisabled();
    expect(hold).not.toBeChecked();
    expect(screen.getByText("Only the collaborative's administrators can change this setting.")).toBeTruthy();
  });

  it('speaks Spanish to a Spanish-speaking administrator', async () => {
    renderSettings({ ...ADMIN, preferredLanguage: 'ES' }, [settings(true)]);
    expect(
      await screen.findByRole('switch', {
        name: 'Retener el siguiente desembolso de una subvención mientras un informe esté atrasado o tenga cambios pedidos',
      }),
    ).toBeChecked();
  });
});
