import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { GrantReportFieldsFragment } from '../../graphql/generated/graphql';
import { useFormat, useT } from '../../i18n/use-t';
import type { MetricTarget } from './ReportForm';
import { ScrollRegion } from './ScrollRegion';

/** A submitted version as the reviewer and the partner read it; nothing here can be changed. */
export function ReportView({
  report,
  metrics,
}: {
  report: GrantReportFieldsFragment;
  metrics: MetricTarget[];
}) {
  const t = useT();
  const format = useFormat();
  const valueOf = new Map(report.metricValues.map((value) => [value.metricId, value.value]));
  const formatValue = (value: number | undefined) => (value === undefined ? '—' : format.number(value));
  return (
    <Stack gap="lg" data-testid="report-view">
      <Group gap="xs" wrap="wrap">
        <Badge variant="outline" color="gray" tt="none">
          {t('reports.report.version', { version: report.version })}
        </Badge>
        <Badge variant="light" color="gray" tt="none">
          {t(`reports.reportStatus.${report.status}`)}
        </Badge>
        {report.submittedAt && (
          <Text size="sm">{t('reports.report.submittedOn', { date: format.date(report.submittedAt) })}</Text>
        )}
      </Group>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="view-narrative">
        <Title order={2} size="h3" id="view-narrative" mb="xs">
          {t('reports.section.NARRATIVE')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{report.narrative}</Text>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="view-metrics">
        <Title order={2} size="h3" id="view-metrics" mb="xs">
          {t('reports.section.METRICS')}
        </Title>
        <Stack gap={4} component="ul" style={{ paddingLeft: 20, margin: 0 }}>
          {metrics.map((metric) => (
            <li key={metric.metricId}>
              <Text span fw={500}>
                {metric.name}:
              </Text>{' '}
              {formatValue(valueOf.get(metric.metricId))} {metric.unit} (
              {t('reports.report.target', { target: format.number(metric.target) })})
            </li>
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="view-spending">
        <Title order={2} size="h3" id="view-spending" mb="xs">
          {t('reports.section.SPENDING')}
        </Title>
        {report.spending.length === 0 ? (
          <Text size="sm">{t('reports.report.noSpending')}</Text>
        ) : (
          <ScrollRegion label={t('reports.section.SPENDING')}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('reports.form.budgetLine')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('reports.form.amount')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...report.spending]
                  .sort((a, b) => a.position - b.position)
                  .map((line) => (
                    <Table.Tr key={line.id}>
                      <Table.Td>{line.budgetLine}</Table.Td>
                      <Table.Td ta="right">{format.money(line.amount)}</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="view-attachments">
        <Title order={2} size="h3" id="view-attachments" mb="xs">
          {t('reports.section.ATTACHMENTS')}
        </Title>
        {report.attachments.length === 0 ? (
          <Text size="sm">{t('reports.report.noFiles')}</Text>
        ) : (
          <Stack gap={4} component="ul" style={{ paddingLeft: 20, margin: 0 }}>
            {report.attachments.map((attachment) => (
              <li key={attachment.id}>
                <Anchor
                  href={attachment.downloadUrl}
                  download
                  aria-label={t('reports.attach.download', { name: attachment.fileName })}
                >
                  {attachment.fileName}
                </Anchor>
              </li>
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}

/** Every review of this report's versions, newest first: the comments per section the partner acts on. */
export function ReviewHistory({ reports }: { reports: readonly GrantReportFieldsFragment[] }) {
  const t = useT();
  const format = useFormat();
  const reviews = reports
    .flatMap((report) => report.reviews)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  if (reviews.length === 0) return null;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="review-history"
      data-testid="review-history"
    >
      <Title order={2} size="h3" id="review-history" mb="xs">
        {t('reports.review.history')}
      </Title>
      <Stack gap="md">
        {reviews.map((review) => (
          <Stack key={review.id} gap={4}>
            <Text fw={600}>
              {t('reports.review.by', {
                decision: t(`reports.decision.${review.decision}`),
                name: review.reviewerName,
                date: format.date(review.createdAt),
              })}
            </Text>
            {review.comments.map((comment) => (
              <Text key={comment.section} size="sm">
                <Text span fw={600}>
                  {t(`reports.section.${comment.section}`)}:
                </Text>{' '}
                {comment.comment}
              </Text>
            ))}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
