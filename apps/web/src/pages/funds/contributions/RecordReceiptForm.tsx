import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useFormSending } from '../../../forms/use-form-sending';
import { useFormRules } from '../../../forms/use-form-rules';
import { useFormat, useT } from '../../../i18n/use-t';
import { Section } from '../../../ui/Section';
import { EmptyState, ProblemAlert } from '../../../ui/states';
import { chosen, localDate, memo, today } from '../funds.form';
import { centsOf, centsToDollarsText, dollars } from '../money-input';
import type { Stream } from './ContributionsPage';
import { BALANCE_QUERIES, RecordContributionReceiptMutation } from './operations';

interface ReceiptValues {
  contributionId: string;
  amount: string;
  receivedOn: string;
  memo: string;
}

const rules = { contributionId: chosen, amount: dollars, receivedOn: localDate, memo };

/** Money arriving against a pledge; the API refuses more than is still expected. */
export function RecordReceiptForm({ streams }: { streams: readonly Stream[] }) {
  const t = useT();
  const format = useFormat();
  const [record, { loading }] = useMutation(RecordContributionReceiptMutation, {
    refetchQueries: BALANCE_QUERIES,
    awaitRefetchQueries: true,
  });
  const expecting = streams.flatMap((stream) =>
    stream.contributions
      .filter((contribution) => BigInt(contribution.outstanding.cents) > 0n)
      .map((contribution) => ({ stream, contribution })),
  );

  const validate = useFormRules<ReceiptValues>(rules);
  const form = useForm<ReceiptValues>({
    mode: 'uncontrolled',
    initialValues: { contributionId: '', amount: '', receivedOn: today(), memo: '' },
    validate,
    validateInputOnBlur: true,
    onValuesChange: (values, previous) => {
      // Choosing a pledge offers what is still expected on it, the usual case.
      if (values.contributionId !== previous.contributionId) {
        const expected = expecting.find((entry) => entry.contribution.id === values.contributionId);
        if (expected)
          form.setFieldValue('amount', centsToDollarsText(expected.contribution.outstanding.cents));
      }
    },
  });

  const { failure, done, onSubmit } = useFormSending(
    form,
    ['amount', 'receivedOn', 'memo', 'contributionId'],
    async (values: ReceiptValues) => {
      const entry = expecting.find((candidate) => candidate.contribution.id === values.contributionId);
      if (!entry) return;
      const cents = centsOf(values.amount);
      await record({
        variables: {
          input: {
            contributionId: entry.contribution.id,
            cents,
            receivedOn: values.receivedOn,
            memo: values.memo.trim(),
          },
        },
      });
      form.reset();
      return t('funds.receipt.recorded', {
        amount: format.money({ cents, currency: entry.contribution.pledged.currency }),
        stream: entry.stream.name,
      });
    },
  );

  return (
    <Section id="record-receipt" title={t('funds.receipt.title')}>
      {expecting.length === 0 && done === null ? (
        <EmptyState>{t('funds.receipt.nothingExpected')}</EmptyState>
      ) : (
        <Paper withBorder p="md" radius="md">
          <form onSubmit={onSubmit} noValidate data-testid="receipt-form">
            <Stack gap="md">
              {failure !== null && <ProblemAlert error={failure} />}
              {done && (
                <Alert color="green" variant="light" role="status">
                  {done}
                </Alert>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <NativeSelect
                  label={t('funds.receipt.pledge')}
                  required
                  data={[
                    { value: '', label: t('funds.form.choosePledge') },
                    ...expecting.map(({ stream, contribution }) => ({
                      value: contribution.id,
                      label: t('funds.receipt.pledgeOption', {
                        stream: stream.name,
                        date: format.localDate(contribution.pledgedOn),
                        outstanding: format.money(contribution.outstanding),
                      }),
                    })),
                  ]}
                  key={form.key('contributionId')}
                  {...form.getInputProps('contributionId')}
                />
                <TextInput
                  label={t('funds.receipt.amount')}
                  description={t('funds.form.amountHint')}
                  required
                  inputMode="decimal"
                  autoComplete="off"
                  key={form.key('amount')}
                  {...form.getInputProps('amount')}
                />
                <TextInput
                  type="date"
                  label={t('funds.receipt.receivedOn')}
                  required
                  key={form.key('receivedOn')}
                  {...form.getInputProps('receivedOn')}
                />
                <TextInput
                  label={t('funds.form.memo')}
                  autoComplete="off"
                  key={form.key('memo')}
                  {...form.getInputProps('memo')}
                />
              </SimpleGrid>
              <Group>
                <Button type="submit" loading={loading}>
                  {t('funds.receipt.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Section>
  );
}
