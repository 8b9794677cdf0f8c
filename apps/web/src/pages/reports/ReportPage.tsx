import { subject } from '@casl/ability';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ErrorCode } from '@braid/contracts';
import { isProblemCode } from '../../graphql/problem';
import { useFormat, useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { EmptyState, LoadingState, ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { ReportingRequirementQuery, StartGrantReportMutation } from './operations';
import { ReportForm } from './ReportForm';
import { ReportView, ReviewHistory } from './ReportView';
import { reportStateNote } from './report-state';
import { requirementPeriod } from './requirement-period';
import { RequirementStatusBadge } from './RequirementStatusBadge';
import { ReviewForm } from './ReviewForm';

/**
 * One report a grant owes: the partner writes and (re)submits it here, the fund administrator
 * reviews it, and both read the review comments.
 */
export function ReportPage() {
  const t = useT();
  const format = useFormat();
  const { ability } = useSession();
  const { collaborativeId = '', requirementId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ReportingRequirementQuery, {
    variables: { id: requirementId },
    fetchPolicy: 'cache-and-network',
  });
  const [start, startState] = useMutation(StartGrantReportMutation);
  const requirement = data?.reportingRequirement;
  usePageTitle(
    requirement ? t('reports.report.title', { sequence: requirement.sequence }) : t('reports.list.title'),
  );

  const back = (
    <Anchor component={Link} to={`/collaboratives/${collaborativeId}/reports`}>
      ← {t('reports.list.title')}
    </Anchor>
  );
  if (loading && !data) return <LoadingState />;
  if (error && !data) {
    return (
      <Stack gap="md">
        {back}
        {isProblemCode(error, ErrorCode.NOT_FOUND) ? (
          <EmptyState>{t('reports.report.notFound')}</EmptyState>
        ) : (
          <ProblemAlert error={error} onRetry={() => void refetch()} />
        )}
      </Stack>
    );
  }
  if (!requirement) return null;

  const latest = requirement.reports[0];
  const own = {
    collaborativeId: requirement.collaborativeId,
    recipientOrganizationId: requirement.recipientOrganizationId,
  };
  const mayWrite = ability.can('update', subject('GrantReport', { ...own, status: 'DRAFT' }));
  const mayStart =
    ability.can('create', subject('GrantReport', own)) &&
    (!latest || latest.status === 'CHANGES_REQUESTED') &&
    requirement.status !== 'UPCOMING';
  const mayReview =
    !!latest &&
    (latest.status === 'SUBMITTED' || latest.status === 'RESUBMITTED') &&
    ability.can('review', subject('GrantReport', { ...own, status: latest.status }));
  const metrics = requirement.metricTargets.map((target) => ({
    metricId: target.metricId,
    target: target.target,
    name: target.metric?.name ?? '…',
    unit: target.metric?.unit ?? '',
  }));
  const onChanged = () => void refetch();

  return (
    <Stack gap="lg">
      {back}
      <Stack gap={4}>
        <Group gap="sm" wrap="wrap">
          <Title order={1}>{t('reports.report.title', { sequence: requirement.sequence })}</Title>
          <RequirementStatusBadge status={requirement.status} />
        </Group>
        {requirement.grant && (
          <Text fw={600}>
            {requirement.grant.recipient
              ? t('reports.report.grantOf', {
                  grant: requirement.grant.title,
                  partner: requirement.grant.recipient.name,
                })
              : requirement.grant.title}
          </Text>
        )}
        <Text>
          {t('reports.report.covers', {
            covers: requirementPeriod(requirement, format),
            date: format.localDate(requirement.dueOn),
          })}
        </Text>
      </Stack>

      <ReviewHistory reports={requirement.reports} />

      {latest?.status === 'DRAFT' && mayWrite ? (
        <ReportForm
          key={latest.id}
          report={latest}
          metrics={metrics}
          requiredSections={requirement.requiredSections}
          onSubmitted={onChanged}
        />
      ) : latest ? (
        <>
          {latest.status !== 'DRAFT' && (
            <Alert variant="light" color="gray" data-testid="report-state">
              {t(reportStateNote(latest.status, mayStart))}
            </Alert>
          )}
          {mayStart && (
            <Button
              style={{ alignSelf: 'flex-start' }}
              loading={startState.loading}
              onClick={() => void start({ variables: { requirementId } }).then(onChanged, () => undefined)}
              data-testid="start-report"
            >
              {t('reports.report.revise')}
            </Button>
          )}
          {startState.error && <ProblemAlert error={startState.error} />}
          <ReportView report={latest} metrics={metrics} />
          {mayReview && <ReviewForm reportId={latest.id} onReviewed={onChanged} />}
        </>
      ) : (
        <Stack gap="sm">
          <EmptyState>{t('reports.report.notYet')}</EmptyState>
          {mayStart && (
            <Button
              style={{ alignSelf: 'flex-start' }}
              loading={startState.loading}
              onClick={() => void start({ variables: { requirementId } }).then(onChanged, () => undefined)}
              data-testid="start-report"
            >
              {t('reports.report.start')}
            </Button>
          )}
          {startState.error && <ProblemAlert error={startState.error} />}
        </Stack>
      )}
    </Stack>
  );
}
