import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useFormSending } from '../../../forms/use-form-sending';
import { useFormRules } from '../../../forms/use-form-rules';
import type { FundingStreamKind } from '../../../graphql/generated/graphql';
import { useT } from '../../../i18n/use-t';
import { Section } from '../../../ui/Section';
import { EmptyState, ProblemAlert } from '../../../ui/states';
import { chosen, localDate, periodInOrder, title } from '../funds.form';
import { centsOf, dollars } from '../money-input';
import { BALANCE_QUERIES, CreateFundingStreamMutation } from './operations';

export const STREAM_KINDS: readonly FundingStreamKind[] = [
  'COUNTY',
  'STATE',
  'FEDERAL',
  'HEALTH_PLAN',
  'HOSPITAL_COMMUNITY_BENEFIT',
  'FOUNDATION',
  'OTHER',
];

interface StreamValues {
  name: string;
  kind: string;
  funderOrganizationId: string;
  award: string;
  startsOn: string;
  endsOn: string;
  restricted: boolean;
  /** Comma-separated; a restricted stream's grants must have one of these purposes. */
  allowedPurposes: string;
}

export function purposesOf(text: string): string[] {
  return text
    .split(',')
    .map((purpose) => purpose.trim())
    .filter((purpose) => purpose !== '');
}

const rules = {
  name: title,
  kind: chosen,
  funderOrganizationId: chosen,
  award: dollars,
  startsOn: localDate,
  endsOn: localDate,
};

/** A new funding stream: a funder's award, with its restrictions and period. */
export function CreateStreamForm({
  collaborativeId,
  funders,
}: {
  collaborativeId: string;
  funders: readonly { id: string; name: string }[];
}) {
  const t = useT();
  const [create, { loading }] = useMutation(CreateFundingStreamMutation, {
    refetchQueries: BALANCE_QUERIES,
    awaitRefetchQueries: true,
  });
  const validate = useFormRules<StreamValues>(rules);
  const form = useForm<StreamValues>({
    mode: 'uncontrolled',
    initialValues: {
      name: '',
      kind: '',
      funderOrganizationId: '',
      award: '',
      startsOn: '',
      endsOn: '',
      restricted: false,
      allowedPurposes: '',
    },
    validate: {
      ...validate,
      endsOn: (value, values) => {
        const failure = validate.endsOn?.(value) ?? periodInOrder(values.startsOn, value);
        return typeof failure === 'string' || failure === null ? failure : t(failure.id);
      },
    },
    validateInputOnBlur: true,
  });

  const { failure, done, onSubmit } = useFormSending(
    form,
    ['name', 'kind', 'funderOrganizationId', 'award', 'startsOn', 'endsOn', 'allowedPurposes'],
    async (values: StreamValues) => {
      await create({
        variables: {
          input: {
            collaborativeId,
            name: values.name.trim(),
            kind: values.kind as FundingStreamKind,
            funderOrganizationId: values.funderOrganizationId,
            award: { cents: centsOf(values.award), currency: 'USD' },
            startsOn: values.startsOn,
            endsOn: values.endsOn,
            restricted: values.restricted,
            allowedPurposes: values.restricted ? purposesOf(values.allowedPurposes) : [],
          },
        },
      });
      form.reset();
      return t('funds.streamForm.created', { name: values.name.trim() });
    },
  );

  if (funders.length === 0) {
    return (
      <Section id="create-stream" title={t('funds.streamForm.title')}>
        <EmptyState>{t('funds.streamForm.noFunders')}</EmptyState>
      </Section>
    );
  }

  return (
    <Section id="create-stream" title={t('funds.streamForm.title')}>
      <Paper withBorder p="md" radius="md">
        <form onSubmit={onSubmit} noValidate data-testid="stream-form">
          <Stack gap="md">
            {failure !== null && <ProblemAlert error={failure} />}
            {done && (
              <Alert color="green" variant="light" role="status">
                {done}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                label={t('funds.streamForm.name')}
                required
                autoComplete="off"
                key={form.key('name')}
                {...form.getInputProps('name')}
              />
              <NativeSelect
                label={t('funds.streamForm.kind')}
                required
                data={[
                  { value: '', label: t('funds.form.chooseKind') },
                  ...STREAM_KINDS.map((kind) => ({ value: kind, label: t(`funds.kind.${kind}`) })),
                ]}
                key={form.key('kind')}
                {...form.getInputProps('kind')}
              />
              <NativeSelect
                label={t('funds.streamForm.funder')}
                required
                data={[
                  { value: '', label: t('funds.form.chooseFunder') },
                  ...funders.map((funder) => ({ value: funder.id, label: funder.name })),
                ]}
                key={form.key('funderOrganizationId')}
                {...form.getInputProps('funderOrganizationId')}
              />
              <TextInput
                label={t('funds.streamForm.award')}
                description={t('funds.form.amountHint')}
                required
                inputMode="decimal"
                autoComplete="off"
                key={form.key('award')}
                {...form.getInputProps('award')}
              />
              <TextInput
                type="date"
                label={t('funds.streamForm.startsOn')}
                required
                key={form.key('startsOn')}
                {...form.getInputProps('startsOn')}
              />
              <TextInput
                type="date"
                label={t('funds.streamForm.endsOn')}
                required
                key={form.key('endsOn')}
                {...form.getInputProps('endsOn')}
              />
            </SimpleGrid>
            <Checkbox
              label={t('funds.streamForm.restricted')}
              key={form.key('restricted')}
              {...form.getInputProps('restricted', { type: 'checkbox' })}
            />
            <TextInput
              label={t('funds.streamForm.allowedPurposes')}
              description={t('funds.streamForm.allowedPurposesHint')}
              autoComplete="off"
              key={form.key('allowedPurposes')}
              {...form.getInputProps('allowedPurposes')}
            />
            <Group>
              <Button type="submit" loading={loading}>
                {t('funds.streamForm.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Section>
  );
}
