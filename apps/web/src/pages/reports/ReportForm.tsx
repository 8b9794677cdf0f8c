import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  FileButton,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { centsToDecimalString } from '@braid/contracts';
import type { GrantReportFieldsFragment, ReportSection } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { ProblemAlert, useProblemMessage } from '../../ui/states';
import type { Problem } from '../../graphql/problem';
import { useNotice } from '../../ui/use-notice';
import { uploadReportAttachment } from './attachments';
import {
  RemoveReportAttachmentMutation,
  SaveGrantReportDraftMutation,
  SubmitGrantReportMutation,
} from './operations';
import {
  attachmentProblem,
  draftPayload,
  hasProblems,
  type ReportDraftForm,
  type ReportProblems,
  reportProblems,
} from './report.form';
import { useDraftAutosave } from './use-draft-autosave';

export interface MetricTarget {
  metricId: string;
  target: number;
  name: string;
  unit: string;
}

function formFromReport(report: GrantReportFieldsFragment): ReportDraftForm {
  return {
    narrative: report.narrative,
    metricValues: Object.fromEntries(
      report.metricValues.map((value) => [value.metricId, String(value.value)]),
    ),
    spending: [...report.spending]
      .sort((a, b) => a.position - b.position)
      .map((line) => ({
        budgetLine: line.budgetLine,
        amount: centsToDecimalString(BigInt(line.amount.cents)),
      })),
  };
}

/**
 * The partner's draft: saved as it is typed, checked before it is sent, then submitted. The form's
 * text stays the partner's own: the server's answers only move the revision forward.
 */
export function ReportForm({
  report,
  metrics,
  requiredSections,
  onSubmitted,
}: {
  report: GrantReportFieldsFragment;
  metrics: MetricTarget[];
  requiredSections: ReportSection[];
  onSubmitted: () => void;
}) {
  const t = useT();
  const notice = useNotice();
  const currency = report.grant?.amount.currency ?? report.spending[0]?.amount.currency ?? 'USD';
  const [form, setForm] = useState<ReportDraftForm>(() => formFromReport(report));
  const [attachments, setAttachments] = useState(report.attachments);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<{
    id: Parameters<typeof t>[0];
    problem: Problem | null;
  } | null>(null);
  const describe = useProblemMessage();
  const [problems, setProblems] = useState<ReportProblems | null>(null);
  const [saveDraft] = useMutation(SaveGrantReportDraftMutation);
  const [submit, submitState] = useMutation(SubmitGrantReportMutation);
  const [removeAttachment] = useMutation(RemoveReportAttachmentMutation);
  const [removing, setRemoving] = useState<string | null>(null);
  const [removeFailure, setRemoveFailure] = useState<unknown>(null);
  const autosave = useDraftAutosave<ReportDraftForm>(async (value, expectedRevision) => {
    const result = await saveDraft({
      variables: { input: { reportId: report.id, expectedRevision, ...draftPayload(value, currency) } },
    });
    return result.data?.saveGrantReportDraft.revision ?? expectedRevision;
  }, report.revision);

  const change = (next: ReportDraftForm) => {
    setForm(next);
    autosave.schedule(next);
    // Once the partner has tried to submit, keep the messages in step with what they fix.
    if (problems)
      setProblems(
        reportProblems(
          next,
          requiredSections,
          metrics.map((m) => m.metricId),
          attachments.length,
        ),
      );
  };

  const onSubmit = async () => {
    const found = reportProblems(
      form,
      requiredSections,
      metrics.map((m) => m.metricId),
      attachments.length,
    );
    setProblems(found);
    if (hasProblems(found)) return;
    await autosave.flush();
    try {
      await submit({
        variables: { input: { reportId: report.id, expectedRevision: autosave.revision.current } },
      });
      notice('reports.form.submitted', 'success');
      onSubmitted();
    } catch {
      // Shown by the ProblemAlert below, in Braid's words; the form's own checks above name the sections first.
    }
  };

  const onFile = async (file: File | null) => {
    if (!file) return;
    const problem = attachmentProblem(file);
    if (problem) {
      setUploadError({ id: problem, problem: null });
      return;
    }
    setUploadError(null);
    setUploading(true);
    const result = await uploadReportAttachment(report.id, file);
    setUploading(false);
    if (result.ok)
      setAttachments((current) => [...current, { __typename: 'ReportAttachment', ...result.attachment }]);
    else setUploadError({ id: 'reports.attach.error.failed', problem: result.problem });
  };

  /** A file added by mistake comes off the draft; the API refuses once the report is submitted. */
  const onRemove = async (attachmentId: string) => {
    setRemoveFailure(null);
    setRemoving(attachmentId);
    try {
      await removeAttachment({ variables: { attachmentId } });
      setAttachments((current) => current.filter((attachment) => attachment.id !== attachmentId));
      notice('reports.attach.removed', 'success');
    } catch (error) {
      setRemoveFailure(error);
    } finally {
      setRemoving(null);
    }
  };

  const fieldError = (id: string | undefined) => (id ? t(id as Parameters<typeof t>[0]) : undefined);
  const sectionNames = (problems?.sections ?? [])
    .map((section) => t(`reports.section.${section}`))
    .join(', ');

  return (
    <Stack gap="lg">
      <Text
        size="sm"
        role="status"
        aria-live="polite"
        data-testid="autosave-status"
        c={autosave.status === 'error' ? 'red.8' : undefined}
      >
        {t(`reports.autosave.${autosave.status}`)}
      </Text>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="section-narrative">
        <Title order={2} size="h3" id="section-narrative" mb="sm">
          {t('reports.section.NARRATIVE')}
        </Title>
        <Textarea
          label={t('reports.form.narrative')}
          description={t('reports.form.narrativeHint')}
          autosize
          minRows={5}
          value={form.narrative}
          onChange={(event) => change({ ...form, narrative: event.currentTarget.value })}
          error={fieldError(problems?.narrative)}
          required={requiredSections.includes('NARRATIVE')}
          data-testid="report-narrative"
        />
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="section-metrics">
        <Title order={2} size="h3" id="section-metrics" mb="sm">
          {t('reports.section.METRICS')}
        </Title>
        <Stack gap="sm">
          {metrics.map((metric) => (
            <TextInput
              key={metric.metricId}
              label={t('reports.form.metric', { name: metric.name, unit: metric.unit })}
              description={t('reports.form.metricHint', { target: metric.target })}
              inputMode="numeric"
              value={form.metricValues[metric.metricId] ?? ''}
              onChange={(event) =>
                change({
                  ...form,
                  metricValues: { ...form.metricValues, [metric.metricId]: event.currentTarget.value },
                })
              }
              error={fieldError(problems?.metrics[metric.metricId])}
              required={requiredSections.includes('METRICS')}
              maw={320}
              data-testid={`metric-${metric.name}`}
            />
          ))}
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="section-spending">
        <Title order={2} size="h3" id="section-spending" mb="sm">
          {t('reports.section.SPENDING')}
        </Title>
        <Stack gap="md">
          {form.spending.map((line, index) => (
            <Group
              key={index}
              align="flex-end"
              gap="sm"
              wrap="wrap"
              role="group"
              aria-label={t('reports.form.lineLegend', { number: index + 1 })}
            >
              <TextInput
                label={t('reports.form.budgetLine')}
                value={line.budgetLine}
                onChange={(event) => {
                  const spending = form.spending.map((l, i) =>
                    i === index ? { ...l, budgetLine: event.currentTarget.value } : l,
                  );
                  change({ ...form, spending });
                }}
                error={fieldError(problems?.spending[index]?.budgetLine)}
                style={{ flex: '1 1 180px' }}
                data-testid={`spending-line-${index}`}
              />
              <TextInput
                label={t('reports.form.amount')}
                inputMode="decimal"
                value={line.amount}
                onChange={(event) => {
                  const spending = form.spending.map((l, i) =>
                    i === index ? { ...l, amount: event.currentTarget.value } : l,
                  );
                  change({ ...form, spending });
                }}
                error={fieldError(problems?.spending[index]?.amount)}
                style={{ flex: '1 1 120px' }}
                data-testid={`spending-amount-${index}`}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('reports.form.removeLine', { number: index + 1 })}
                onClick={() => change({ ...form, spending: form.spending.filter((_, i) => i !== index) })}
              >
                <span aria-hidden="true">✕</span>
              </ActionIcon>
            </Group>
          ))}
          {problems?.spendingMissing && (
            <Text size="sm" c="red.8" data-testid="spending-missing">
              {t(problems.spendingMissing)}
            </Text>
          )}
          <Button
            variant="light"
            style={{ alignSelf: 'flex-start' }}
            onClick={() => change({ ...form, spending: [...form.spending, { budgetLine: '', amount: '' }] })}
            data-testid="add-spending-line"
          >
            {t('reports.form.addLine')}
          </Button>
        </Stack>
      </Paper>

      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="section-attachments">
        <Title order={2} size="h3" id="section-attachments" mb="sm">
          {t('reports.section.ATTACHMENTS')}
        </Title>
        <Stack gap="sm">
          {attachments.length === 0 ? (
            <Text size="sm">{t('reports.report.noFiles')}</Text>
          ) : (
            <Stack gap={4} component="ul" style={{ paddingLeft: 20, margin: 0 }}>
              {attachments.map((attachment) => (
                <li key={attachment.id}>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor href={attachment.downloadUrl} download>
                      {attachment.fileName}
                    </Anchor>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      loading={removing === attachment.id}
                      onClick={() => void onRemove(attachment.id)}
                      aria-label={t('reports.attach.removeNamed', { name: attachment.fileName })}
                    >
                      {t('reports.attach.remove')}
                    </Button>
                  </Group>
                </li>
              ))}
            </Stack>
          )}
          <FileButton
            onChange={(file) => void onFile(file)}
            accept=".pdf,.png,.jpg,.jpeg,.webp,.xlsx,.ods,.xls,.csv"
          >
            {(props) => (
              <Button
                {...props}
                variant="outline"
                loading={uploading}
                // Its label is long: on a phone it wraps inside the card instead of running past it.
                h="auto"
                py={6}
                maw="100%"
                styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                style={{ alignSelf: 'flex-start' }}
                data-testid="attach-file"
              >
                {t('reports.attach.label')}
              </Button>
            )}
          </FileButton>
          {removeFailure !== null && <ProblemAlert error={removeFailure} />}
          {uploadError && (
            <Alert color="red" variant="light" role="alert" title={t(uploadError.id)}>
              {uploadError.problem && describe(uploadError.problem)}
            </Alert>
          )}
          {problems?.attachments && (
            <Text size="sm" c="red.8">
              {t(problems.attachments)}
            </Text>
          )}
        </Stack>
      </Paper>

      {problems && hasProblems(problems) && (
        <Alert color="red" variant="light" role="alert" data-testid="report-problems">
          {t('reports.form.fixFirst', { sections: sectionNames })}
        </Alert>
      )}
      {submitState.error && <ProblemAlert error={submitState.error} />}
      <Button
        onClick={() => void onSubmit()}
        loading={submitState.loading}
        style={{ alignSelf: 'flex-start' }}
        data-testid="submit-report"
      >
        {report.version > 1 ? t('reports.form.resubmit') : t('reports.form.submit')}
      </Button>
    </Stack>
  );
}
