import { subject } from '@casl/ability';
import { Box, Button, Group, Table, VisuallyHidden } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type {
  GrantMetricTargetFragment as GrantMetric,
  GrantRequirementFragment as Requirement,
} from '../../../graphql/generated/graphql';
import { useFormat, useT } from '../../../i18n/use-t';
import { Can } from '../../../session/ability';
import { Section } from '../../../ui/Section';
import { EmptyState } from '../../../ui/states';
import { RequirementStatusBadge } from '../../reports/RequirementStatusBadge';
import { AmountCell, AmountHeader, WideTable } from '../WideTable';
import { GrantReportingMetricDialog } from './GrantReportingMetricDialog';
import { GrantReportingRequirementDialog } from './GrantReportingRequirementDialog';

export interface ReportingGrant {
  id: string;
  periodStart: string;
  periodEnd: string;
  recipientOrganizationId: string;
  reportingRequirements: readonly Requirement[];
  reportingMetrics: readonly GrantMetric[];
}

/**
 * What the grant's partner must report, and when: each report's period, due date and status, and
 * the metrics it reports against their targets. The fund administrator moves due dates, chooses
 * the sections a report must have, and sets the targets.
 */
export function GrantReporting({
  grant,
  collaborativeId,
}: {
  grant: ReportingGrant;
  collaborativeId: string;
}) {
  return (
    <>
      <Requirements grant={grant} collaborativeId={collaborativeId} />
      <Metrics grant={grant} collaborativeId={collaborativeId} />
    </>
  );
}

function Requirements({ grant, collaborativeId }: { grant: ReportingGrant; collaborativeId: string }) {
  const t = useT();
  const format = useFormat();
  const [changing, setChanging] = useState<Requirement | null>(null);
  const requirements = grant.reportingRequirements;
  return (
    <ReportingTable
      id="reporting"
      title={t('funds.grant.reporting')}
      empty={requirements.length === 0 ? t('funds.grant.noReports') : null}
      label={t('funds.reporting.table')}
      testId="requirements-table"
      head={
        <>
          <Table.Th scope="col">{t('funds.reporting.report')}</Table.Th>
          <Table.Th scope="col">{t('funds.reporting.period')}</Table.Th>
          <Table.Th scope="col">{t('funds.reporting.due')}</Table.Th>
          <Table.Th scope="col">{t('funds.reporting.status')}</Table.Th>
          <Table.Th scope="col">{t('funds.reporting.sections')}</Table.Th>
        </>
      }
      after={
        changing && (
          <GrantReportingRequirementDialog
            key={changing.id}
            requirement={changing}
            onClose={() => setChanging(null)}
          />
        )
      }
    >
      {requirements.map((requirement) => (
        <Table.Tr key={requirement.id} data-testid={`requirement-${requirement.sequence}`}>
          <Table.Th scope="row">{t('funds.reporting.nth', { n: requirement.sequence })}</Table.Th>
          <Table.Td>
            {t('funds.grant.periodRange', {
              start: format.localDate(requirement.periodStart),
              end: format.localDate(requirement.periodEnd),
            })}
          </Table.Td>
          <Table.Td>{format.localDate(requirement.dueOn)}</Table.Td>
          <Table.Td>
            {/* The whole word, not an ellipsis, when a phone narrows the column: the table scrolls. */}
            <Box miw="max-content">
              <RequirementStatusBadge status={requirement.status} />
            </Box>
          </Table.Td>
          <Table.Td>
            {requirement.requiredSections.length === 0
              ? t('funds.reporting.noSections')
              : requirement.requiredSections.map((section) => t(`reports.section.${section}`)).join(', ')}
          </Table.Td>
          <ChangeCell
            may={subject('ReportingRequirement', {
              collaborativeId,
              recipientOrganizationId: requirement.recipientOrganizationId,
            })}
            label={t('funds.reporting.changeNth', { n: requirement.sequence })}
            onClick={() => setChanging(requirement)}
          />
        </Table.Tr>
      ))}
    </ReportingTable>
  );
}

/** Which metric the dialog is for: a new one for the grant, or one whose target changes. */
type MetricEdit = { kind: 'add' } | { kind: 'change'; metric: GrantMetric };

function Metrics({ grant, collaborativeId }: { grant: ReportingGrant; collaborativeId: string }) {
  const t = useT();
  const format = useFormat();
  const [editing, setEditing] = useState<MetricEdit | null>(null);
  const nameOf = (metric: GrantMetric) => metric.metric?.name ?? t('funds.metrics.hidden');
  const metrics = [...grant.reportingMetrics].sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  // setGrantMetric asks for the right to update the grant's reporting requirements.
  const mayTarget = subject('ReportingRequirement', { collaborativeId });
  return (
    <ReportingTable
      id="reporting-metrics"
      title={t('funds.metrics.title')}
      empty={metrics.length === 0 ? t('funds.metrics.none') : null}
      label={t('funds.metrics.table')}
      testId="grant-metrics-table"
      head={
        <>
          <Table.Th scope="col">{t('funds.metrics.metric')}</Table.Th>
          <AmountHeader>{t('funds.metrics.target')}</AmountHeader>
          <Table.Th scope="col">{t('funds.metrics.byYear')}</Table.Th>
        </>
      }
      after={
        <>
          <Can I="update" this={mayTarget}>
            <Group>
              <Button variant="light" onClick={() => setEditing({ kind: 'add' })}>
                {t('funds.metrics.add')}
              </Button>
            </Group>
          </Can>
          {editing && (
            <GrantReportingMetricDialog
              collaborativeId={collaborativeId}
              grant={grant}
              metric={editing.kind === 'change' ? editing.metric : null}
              onClose={() => setEditing(null)}
            />
          )}
        </>
      }
    >
      {metrics.map((metric) => (
        <Table.Tr key={metric.id}>
          <Table.Th scope="row" fw={500}>
            {metric.metric
              ? t('funds.metrics.nameUnit', { name: metric.metric.name, unit: metric.metric.unit })
              : nameOf(metric)}
          </Table.Th>
          <AmountCell>{format.number(metric.target)}</AmountCell>
          <Table.Td>
            {metric.yearTargets.length === 0
              ? t('funds.metrics.evenly')
              : metric.yearTargets
                  .map((target, year) =>
                    t('funds.metrics.yearN', { n: year + 1, target: format.number(target) }),
                  )
                  .join(' · ')}
          </Table.Td>
          <ChangeCell
            may={mayTarget}
            label={t('funds.metrics.changeNamed', { name: nameOf(metric) })}
            onClick={() => setEditing({ kind: 'change', metric })}
          />
        </Table.Tr>
      ))}
    </ReportingTable>
  );
}

/** A titled table of the grant's reporting, its last column for changes; a sentence when empty. */
function ReportingTable({
  id,
  title,
  empty,
  label,
  testId,
  head,
  after,
  children,
}: {
  id: string;
  title: string;
  /** What to say instead of an empty table, or null when there are rows. */
  empty: string | null;
  label: string;
  testId: string;
  head: ReactNode;
  /** Below the table: its buttons and dialogs. */
  after: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Section id={id} title={title}>
      {empty !== null ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <WideTable label={label} testId={testId}>
          <Table.Thead>
            <Table.Tr>
              {head}
              <Table.Th scope="col">
                <VisuallyHidden>{t('funds.reporting.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </WideTable>
      )}
      {after}
    </Section>
  );
}

/** "Change…", named after its row for a screen reader, for those who may change the row. */
function ChangeCell({ may, label, onClick }: { may: object; label: string; onClick: () => void }) {
  const t = useT();
  return (
    <Table.Td>
      <Can I="update" this={may}>
        <Button size="xs" variant="light" onClick={onClick} aria-label={label}>
          {t('funds.reporting.change')}
        </Button>
      </Can>
    </Table.Td>
  );
}
