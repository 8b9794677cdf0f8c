import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { ReportSection, ReviewDecision } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { ProblemAlert } from '../../ui/states';
import { useNotice } from '../../ui/use-notice';
import { ReviewGrantReportMutation } from './operations';

const SECTIONS: ReportSection[] = ['NARRATIVE', 'METRICS', 'SPENDING', 'ATTACHMENTS'];

/** The reviewer's comments, one per section that has any; blank ones are left out. */
export function reviewComments(comments: Partial<Record<ReportSection, string>>) {
  return SECTIONS.flatMap((section) => {
    const comment = comments[section]?.trim() ?? '';
    return comment ? [{ section, comment }] : [];
  });
}

/** The fund administrator's decision: accept, or send back with a comment on each section to change. */
export function ReviewForm({ reportId, onReviewed }: { reportId: string; onReviewed: () => void }) {
  const t = useT();
  const notice = useNotice();
  const [comments, setComments] = useState<Partial<Record<ReportSection, string>>>({});
  const [needComment, setNeedComment] = useState(false);
  const [review, { loading, error }] = useMutation(ReviewGrantReportMutation);

  const decide = async (decision: ReviewDecision) => {
    const list = reviewComments(comments);
    if (decision === 'CHANGES_REQUESTED' && list.length === 0) {
      setNeedComment(true);
      return;
    }
    setNeedComment(false);
    try {
      await review({ variables: { input: { reportId, decision, comments: list } } });
      notice('reports.review.done', 'success');
      onReviewed();
    } catch {
      // Shown by the ProblemAlert below.
    }
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="review-title"
      data-testid="review-form"
    >
      <Title order={2} size="h3" id="review-title" mb="sm">
        {t('reports.review.title')}
      </Title>
      <Stack gap="sm">
        {SECTIONS.map((section) => (
          <Textarea
            key={section}
            label={t('reports.review.comment', { section: t(`reports.section.${section}`) })}
            autosize
            minRows={2}
            value={comments[section] ?? ''}
            onChange={(event) => setComments({ ...comments, [section]: event.currentTarget.value })}
            data-testid={`review-comment-${section}`}
          />
        ))}
        {needComment && (
          <Alert color="red" variant="light" role="alert">
            {t('reports.review.needComment')}
          </Alert>
        )}
        {error && <ProblemAlert error={error} />}
        <Group gap="sm" wrap="wrap">
          <Button onClick={() => void decide('ACCEPTED')} loading={loading} data-testid="review-accept">
            {t('reports.review.accept')}
          </Button>
          <Button
            variant="outline"
            color="orange.9"
            onClick={() => void decide('CHANGES_REQUESTED')}
            loading={loading}
            data-testid="review-request-changes"
          >
            {t('reports.review.requestChanges')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
