import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useFormSending } from '../../../forms/use-form-sending';
import { useFormRules } from '../../../forms/use-form-rules';
import { useFormat, useT } from '../../../i18n/use-t';
import { Section } from '../../../ui/Section';
import { ProblemAlert } from '../../../ui/states';
import { chosen, localDate, memo, today } from '../funds.form';
import { centsOf, dollars } from '../money-input';
import type { Stream } from './ContributionsPage';
import { BALANCE_QUERIES, RecordContributionMutation } from './operations';

interface PledgeValues {
  fundingStreamId: string;
  amount: string;
  pledgedOn: string;
  memo: string;
}

const rules = { fundingStreamId: chosen, amount: dollars, pledgedOn: localDate, memo };

/** A funder's pledge to a stream: it posts to the ledger as money expected. */
export function RecordPledgeForm({ streams }: { streams: readonly Stream[] }) {
  const t = useT();
  const format = useFormat();
  const [record, { loading }] = useMutation(RecordContributionMutation, {
    refetchQueries: BALANCE_QUERIES,
    awaitRefetchQueries: true,
  });
  const validate = useFormRules<PledgeValues>(rules);
  const form = useForm<PledgeValues>({
    mode: 'uncontrolled',
    initialValues: { fundingStreamId: '', amount: '', pledgedOn: today(), memo: '' },
    validate,
    validateInputOnBlur: true,
  });

  const { failure, done, onSubmit } = useFormSending(
    form,
    ['amount', 'pledgedOn', 'memo', 'fundingStreamId'],
    async (values: PledgeValues) => {
      const stream = streams.find((candidate) => candidate.id === values.fundingStreamId);
      if (!stream) return;
      const cents = centsOf(values.amount);
      await record({
        variables: {
          input: {
            fundingStreamId: stream.id,
            amount: { cents, currency: stream.award.currency },
            pledgedOn: values.pledgedOn,
            memo: values.memo.trim(),
          },
        },
      });
      form.reset();
      return t('funds.pledge.recorded', {
        amount: format.money({ cents, currency: stream.award.currency }),
        stream: stream.name,
      });
    },
  );

  return (
    <Section id="record-pledge" title={t('funds.pledge.title')}>
      <Paper withBorder p="md" radius="md">
        <form onSubmit={onSubmit} noValidate data-testid="pledge-form">
          <Stack gap="md">
            {failure !== null && <ProblemAlert error={failure} />}
            {done && (
              <Alert color="green" variant="light" role="status">
                {done}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NativeSelect
                label={t('funds.stream.name')}
                required
                data={[
                  { value: '', label: t('funds.form.chooseStream') },
                  ...streams.map((stream) => ({ value: stream.id, label: stream.name })),
                ]}
                key={form.key('fundingStreamId')}
                {...form.getInputProps('fundingStreamId')}
              />
              <TextInput
                label={t('funds.pledge.amount')}
                description={t('funds.form.amountHint')}
                required
                inputMode="decimal"
                autoComplete="off"
                key={form.key('amount')}
                {...form.getInputProps('amount')}
              />
              <TextInput
                type="date"
                label={t('funds.pledge.pledgedOn')}
                required
                key={form.key('pledgedOn')}
                {...form.getInputProps('pledgedOn')}
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
                {t('funds.pledge.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Section>
  );
}
