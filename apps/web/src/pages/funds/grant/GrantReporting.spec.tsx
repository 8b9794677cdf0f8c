import { GraphQLError } from 'graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { renderPage, type TestPerson, type TestRule } from '../../../testing/render';
import { GrantReporting, type ReportingGrant } from './GrantReporting';
import {
  CreateMetricMutation,
  MetricCatalogueQuery,
  SetGrantMetricMutation,
  UpdateReportingRequirementMutation,
} from './operations';

const HSS = 'c-hss';
const TRC = 'o-trc';

const READ: TestRule = { action: 'read', subject: ['Grant', 'ReportingRequirement', 'Metric'] };
const UPDATE_REQUIREMENTS: TestRule = {
  action: 'update',
  subject: 'ReportingRequirement',
  conditions: { collaborativeId: HSS },
};
const CREATE_METRICS: TestRule = {
  action: 'create',
  subject: 'Metric',
  conditions: { collaborativeId: HSS },
};
const FUND_ADMIN: TestPerson = {
  id: 'u-funds',
  displayName: 'Linh Tran',
  email: 'funds@demo.braid.example',
  preferredLanguage: 'EN',
  rules: [READ, UPDATE_REQUIREMENTS, CREATE_METRICS],
};
/** The fund administrator with only some of the rules. */
const withRules = (...rules: TestPerson['rules']): TestPerson => ({ ...FUND_ADMIN, rules });

const requirement = (sequence: number, periodStart: string, periodEnd: string, dueOn: string) => ({
  __typename: 'ReportingRequirement' as const,
  id: `r-${sequence}`,
  sequence,
  covers: `${periodStart} to ${periodEnd}`,
  periodStart,
  periodEnd,
  dueOn,
  status: sequence === 1 ? ('ACCEPTED' as const) : ('LATE' as const),
  requiredSections: ['NARRATIVE', 'SPENDING', 'METRICS'] as ('NARRATIVE' | 'SPENDING' | 'METRICS')[],
  recipientOrganizationId: TRC,
});

const enrolled = {
  __typename: 'Metric' as const,
  id: 'm-enrolled',
  name: 'Clients enrolled',
  unit: 'clients',
};
const educated = { __typename: 'Metric' as const, id: 'm-educated', name: 'People educated', unit: 'people' };

/** A two-year grant: two quarterly reports shown, one metric with targets per year. */
const grant: ReportingGrant = {
  id: 'g-trc',
  periodStart: '2026-01-01',
  periodEnd: '2027-12-31',
  recipientOrganizationId: TRC,
  reportingRequirements: [
    requirement(1, '2026-01-01', '2026-03-31', '2026-04-30'),
    requirement(2, '2026-04-01', '2026-06-30', '2026-07-30'),
  ],
  reportingMetrics: [
    {
      __typename: 'GrantMetric',
      id: 'gm-1',
      metricId: enrolled.id,
      target: 500,
      yearTargets: [200, 300],
      metric: enrolled,
    },
  ],
};

function renderReporting(who: TestPerson, mocks: MockLink.MockedResponse[] = []) {
  renderPage(<GrantReporting grant={grant} collaborativeId={HSS} />, { person: who, mocks });
  return userEvent.setup();
}

/** A mock answering `answer` to any variables, keeping each input sent to compare. */
function recorded<T>(query: T, sent: unknown[], answer: MockLink.MockedResponse['result']) {
  return {
    request: {
      query,
      variables: (variables: { input: unknown }) => {
        sent.push(variables.input);
        return true;
      },
    },
    result: answer,
  } as MockLink.MockedResponse;
}

const catalogue = (metrics: (typeof enrolled)[]) => ({
  request: { query: MetricCatalogueQuery, variables: { collaborativeId: HSS } },
  result: { data: { metrics } },
});

describe("a grant's reporting set-up", () => {
  it('shows each report with its period, due date, status and sections, and the metrics with targets', async () => {
    renderReporting(FUND_ADMIN);
    const row = (await screen.findByTestId('requirement-2')).textContent;
    expect(row).toContain('Report 2');
    expect(row).toContain('Apr 1, 2026 to Jun 30, 2026');
    expect(row).toContain('Jul 30, 2026');
    expect(row).toContain('Late');
    expect(row).toContain('What happened, Spending, Results');
    const metrics = screen.getByRole('group', { name: "The grant's metrics and their targets" });
    expect(within(metrics).getByText('Clients enrolled (clients)')).toBeTruthy();
    expect(within(metrics).getByText('500')).toBeTruthy();
    expect(within(metrics).getByText('Year 1: 200 · Year 2: 300')).toBeTruthy();
  });

  it('offers no changes to a member who only reads them', async () => {
    renderReporting(withRules(READ));
    await screen.findByTestId('requirement-1');
    expect(screen.queryByRole('button', { name: /^Change/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add a metric…' })).toBeNull();
  });

  it('refuses a due date on the last day of the period before sending, then moves it', async () => {
    const sent: unknown[] = [];
    const user = renderReporting(FUND_ADMIN, [
      recorded(UpdateReportingRequirementMutation, sent, {
        data: {
          updateReportingRequirement: {
            ...requirement(2, '2026-04-01', '2026-06-30', '2026-08-14'),
            status: 'UPCOMING' as const,
          },
        },
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Change report 2…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change report 2' });
    const dueOn = within(dialog).getByLabelText(/^Due on/);
    const save = within(dialog).getByRole('button', { name: 'Save report 2' });
    await user.click(save);
    expect(await within(dialog).findByText('Change the due date or the sections first.')).toBeTruthy();
    await user.clear(dueOn);
    await user.type(dueOn, '2026-06-30');
    await user.click(save);
    expect(
      await within(dialog).findByText('The report must be due after its period ends (Jun 30, 2026).'),
    ).toBeTruthy();
    expect(sent).toEqual([]);
    await user.clear(dueOn);
    await user.type(dueOn, '2026-08-14');
    await user.click(save);
    expect(await within(dialog).findByText('Report 2 is saved: due Aug 14, 2026.')).toBeTruthy();
    expect(sent).toEqual([{ requirementId: 'r-2', dueOn: '2026-08-14' }]);
  });

  it('sends only the sections when only they change, and shows the API’s refusal', async () => {
    const sent: unknown[] = [];
    const user = renderReporting(FUND_ADMIN, [
      recorded(UpdateReportingRequirementMutation, sent, {
        errors: [
          new GraphQLError('requiredSections: each value must be a report section', {
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'INVALID_INPUT',
              fields: [{ field: 'requiredSections', messages: ['each value must be a report section'] }],
            },
          }),
        ],
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Change report 2…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change report 2' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Files' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Spending' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save report 2' }));
    // Braid's words in the alert, and a prompt beside the sections the refusal is about; never the API's.
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Some of what you entered needs fixing.',
    );
    expect(within(dialog).getByText('Check this value.')).toBeTruthy();
    expect(within(dialog).queryByText(/each value must be a report section/)).toBeNull();
    expect(sent).toEqual([
      { requirementId: 'r-2', requiredSections: ['NARRATIVE', 'METRICS', 'ATTACHMENTS'] },
    ]);
  });

  it('adds a catalogue metric with a target, checking that the years add up to it', async () => {
    const sent: unknown[] = [];
    const user = renderReporting(FUND_ADMIN, [
      catalogue([enrolled, educated]),
      recorded(SetGrantMetricMutation, sent, {
        data: {
          setGrantMetric: {
            __typename: 'GrantMetric' as const,
            id: 'gm-2',
            metricId: educated.id,
            target: 1000,
            yearTargets: [],
            metric: educated,
          },
        },
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Add a metric…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a metric to the grant' });
    const metric = await within(dialog).findByLabelText(/^Metric/);
    // A metric the grant already reports on is changed from its row, not offered again.
    expect(within(metric).queryByRole('option', { name: 'Clients enrolled (clients)' })).toBeNull();
    const save = within(dialog).getByRole('button', { name: 'Save the target' });
    await user.click(save);
    expect(await within(dialog).findByText('Choose one.')).toBeTruthy();
    expect(within(dialog).getByText('This is required.')).toBeTruthy();
    await user.selectOptions(metric, 'People educated (people)');
    await user.type(within(dialog).getByLabelText(/^Target for the whole grant/), '1000');
    await user.type(within(dialog).getByLabelText('Year 1'), '400');
    await user.click(save);
    expect(
      await within(dialog).findByText('The years add up to 400, not to the target of 1,000.'),
    ).toBeTruthy();
    expect(sent).toEqual([]);
    await user.clear(within(dialog).getByLabelText('Year 1'));
    await user.click(save);
    expect(await within(dialog).findByText('People educated: a target of 1,000 is saved.')).toBeTruthy();
    expect(sent).toEqual([{ grantId: 'g-trc', metricId: educated.id, target: 1000, yearTargets: [] }]);
  });

  it('changes the target of a metric the grant has, with its years', async () => {
    const sent: unknown[] = [];
    const user = renderReporting(FUND_ADMIN, [
      recorded(SetGrantMetricMutation, sent, {
        data: {
          setGrantMetric: { ...grant.reportingMetrics[0], target: 600, yearTargets: [300, 300] },
        },
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Change the target for Clients enrolled…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the target for Clients enrolled' });
    expect(within(dialog).getByLabelText('Year 2')).toHaveValue('300');
    const target = within(dialog).getByLabelText(/^Target for the whole grant/);
    await user.clear(target);
    await user.type(target, '600');
    await user.clear(within(dialog).getByLabelText('Year 1'));
    await user.type(within(dialog).getByLabelText('Year 1'), '300');
    await user.click(within(dialog).getByRole('button', { name: 'Save the target' }));
    expect(await within(dialog).findByText('Clients enrolled: a target of 600 is saved.')).toBeTruthy();
    expect(sent).toEqual([{ grantId: 'g-trc', metricId: enrolled.id, target: 600, yearTargets: [300, 300] }]);
  });

  it('adds a metric to the catalogue from the same place and chooses it', async () => {
    const sent: unknown[] = [];
    const served = {
      __typename: 'Metric' as const,
      id: 'm-served',
      name: 'Survivors served',
      unit: 'survivors',
    };
    const user = renderReporting(FUND_ADMIN, [
      catalogue([enrolled, educated]),
      recorded(CreateMetricMutation, sent, { data: { createMetric: served } }),
      catalogue([enrolled, educated, served]),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Add a metric…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a metric to the grant' });
    await user.click(
      await within(dialog).findByRole('button', { name: 'Not in the list? Add a metric to the catalogue' }),
    );
    const name = within(dialog).getByLabelText(/^Name of the metric/);
    expect(name).toHaveFocus();
    await user.type(name, 'people EDUCATED');
    await user.click(within(dialog).getByRole('button', { name: 'Add to the catalogue' }));
    expect(
      await within(dialog).findByText('The catalogue already has a metric with this name.'),
    ).toBeTruthy();
    expect(within(dialog).getByText('This is required.')).toBeTruthy();
    await user.clear(name);
    await user.type(name, ' Survivors served ');
    await user.type(within(dialog).getByLabelText(/^What is counted/), 'survivors');
    await user.click(within(dialog).getByRole('button', { name: 'Add to the catalogue' }));
    expect(
      await within(dialog).findByText('Survivors served is in the catalogue and chosen for this grant.'),
    ).toBeTruthy();
    expect(sent).toEqual([
      { collaborativeId: HSS, name: 'Survivors served', unit: 'survivors', description: null },
    ]);
    expect(within(dialog).getByLabelText(/^Metric/)).toHaveValue('m-served');
  });

  it('does not offer to add to the catalogue without the right to', async () => {
    const user = renderReporting(withRules(READ, UPDATE_REQUIREMENTS), [catalogue([enrolled, educated])]);
    await user.click(await screen.findByRole('button', { name: 'Add a metric…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a metric to the grant' });
    await within(dialog).findByLabelText(/^Metric/);
    expect(within(dialog).queryByRole('button', { name: /^Not in the list\?/ })).toBeNull();
  });

  it('speaks Spanish to a Spanish-speaking administrator', async () => {
    const user = renderReporting({ ...FUND_ADMIN, preferredLanguage: 'ES' });
    await user.click(await screen.findByRole('button', { name: 'Cambiar el informe 2…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cambiar el informe 2' });
    const dueOn = within(dialog).getByLabelText(/^Vence el/);
    await user.clear(dueOn);
    await user.type(dueOn, '2026-06-01');
    await user.click(within(dialog).getByRole('button', { name: 'Guardar el informe 2' }));
    expect(
      await within(dialog).findByText(/^El informe debe vencer después de que termine su período/),
    ).toBeTruthy();
  });
});
