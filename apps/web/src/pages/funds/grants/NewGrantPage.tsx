import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Anchor,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate, useParams } from 'react-router';
import type { RuleFailure } from '../../../forms/rules';
import { all, maxLength, required } from '../../../forms/rules';
import { useFormSending } from '../../../forms/use-form-sending';
import type { NewGrantChoicesQuery as ChoicesData } from '../../../graphql/generated/graphql';
import { useFormat, useT } from '../../../i18n/use-t';
import { EmptyState, LoadingState, ProblemAlert } from '../../../ui/states';
import { usePageTitle } from '../../../ui/use-page-title';
import { BALANCE_QUERIES } from '../contributions/operations';
import { chosen, localDate, periodInOrder } from '../funds.form';
import { centsOf, centsToDollarsText, dollars } from '../money-input';
import { type GrantValues, scheduleProblems, splitEvenly } from './grant.form';
import { CreateGrantMutation, NewGrantChoicesQuery } from './operations';

type Motion = ChoicesData['motions']['nodes'][number];

/** The API's limits on a grant's title and purpose. */
const TEXT_300 = all(required, maxLength(300));

const EMPTY: GrantValues = {
  approvingMotionId: '',
  title: '',
  purpose: '',
  recipientOrganizationId: '',
  periodStart: '',
  periodEnd: '',
  amount: '',
  allocations: [{ fundingStreamId: '', amount: '' }],
  tranches: [{ plannedOn: '', amount: '' }],
};

/** The form as a motion's funding proposal describes the grant: what the board voted for. */
function fromMotion(motion: Motion): GrantValues {
  const funding = motion.funding;
  if (!funding) return { ...EMPTY, approvingMotionId: motion.id, title: motion.title };
  return {
    approvingMotionId: motion.id,
    title: motion.title,
    purpose: funding.purpose,
    recipientOrganizationId: funding.recipientOrganizationId,
    periodStart: funding.periodStart,
    periodEnd: funding.periodEnd,
    amount: centsToDollarsText(funding.amount.cents),
    allocations:
      funding.allocations.length > 0
        ? funding.allocations.map((allocation) => ({
            fundingStreamId: allocation.fundingStreamId,
            amount: centsToDollarsText(allocation.cents),
          }))
        : [{ fundingStreamId: '', amount: centsToDollarsText(funding.amount.cents) }],
    tranches: funding.tranches.map((tranche) => ({
      plannedOn: tranche.plannedOn,
      amount: centsToDollarsText(tranche.cents),
    })),
  };
}

/**
 * The fund administrator enters the grant a passed funding motion approved, choosing the streams
 * it draws on and the tranches it is paid in. Choosing the motion fills in what the board voted.
 */
export function NewGrantPage() {
  const t = useT();
  const format = useFormat();
  usePageTitle(t('funds.grantForm.title'));
  const navigate = useNavigate();
  const { collaborativeId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(NewGrantChoicesQuery, {
    variables: { collaborativeId },
  });
  const [create, { loading: saving }] = useMutation(CreateGrantMutation, {
    refetchQueries: BALANCE_QUERIES,
    awaitRefetchQueries: true,
  });

  const message = (failure: RuleFailure | null) => (failure ? t(failure.id, failure.values) : null);
  const form = useForm<GrantValues>({
    initialValues: EMPTY,
    validateInputOnBlur: true,
    validate: (values) => {
      const errors: Record<string, string | null> = {
        approvingMotionId: message(chosen(values.approvingMotionId)),
        title: message(TEXT_300(values.title)),
        purpose: message(TEXT_300(values.purpose)),
        recipientOrganizationId: message(chosen(values.recipientOrganizationId)),
        periodStart: message(localDate(values.periodStart)),
        periodEnd: message(
          localDate(values.periodEnd) ?? periodInOrder(values.periodStart, values.periodEnd),
        ),
        amount: message(dollars(values.amount)),
      };
      values.allocations.forEach((row, i) => {
        errors[`allocations.${i}.fundingStreamId`] = message(chosen(row.fundingStreamId));
        errors[`allocations.${i}.amount`] = message(dollars(row.amount));
      });
      values.tranches.forEach((row, i) => {
        errors[`tranches.${i}.plannedOn`] = message(localDate(row.plannedOn));
        errors[`tranches.${i}.amount`] = message(dollars(row.amount));
      });
      const schedule = scheduleProblems(values);
      errors['allocations'] = message(schedule.allocations);
      errors['tranches'] = message(schedule.tranches);
      return Object.fromEntries(Object.entries(errors).filter(([, value]) => value !== null)) as Record<
        string,
        string
      >;
    },
  });

  const { failure, onSubmit } = useFormSending(
    form,
    [
      'title',
      'purpose',
      'recipientOrganizationId',
      'periodStart',
      'periodEnd',
      'amount',
      'allocations',
      'tranches',
      'approvingMotionId',
    ],
    async (values: GrantValues) => {
      const result = await create({
        variables: {
          input: {
            collaborativeId,
            approvingMotionId: values.approvingMotionId,
            title: values.title.trim(),
            purpose: values.purpose.trim(),
            recipientOrganizationId: values.recipientOrganizationId,
            periodStart: values.periodStart,
            periodEnd: values.periodEnd,
            amount: { cents: centsOf(values.amount), currency: 'USD' },
            allocations: values.allocations.map((row) => ({
              fundingStreamId: row.fundingStreamId,
              cents: centsOf(row.amount),
            })),
            tranches: values.tranches.map((row) => ({
              plannedOn: row.plannedOn,
              cents: centsOf(row.amount),
            })),
          },
        },
      });
      const id = result.data?.createGrant.id;
      if (id) void navigate(`/collaboratives/${collaborativeId}/funds/grants/${id}`);
    },
  );

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ProblemAlert error={error} onRetry={() => void refetch()} />;

  const granted = new Set(data?.grants.nodes.map((grant) => grant.approvingMotionId));
  const motions = (data?.motions.nodes ?? []).filter(
    (motion) => motion.kind === 'FUNDING' && motion.outcome === 'PASSED' && !granted.has(motion.id),
  );
  const streams = data?.fundingStreams ?? [];
  const organizations = data?.organizations ?? [];
  const back = `/collaboratives/${collaborativeId}/funds/grants`;

  const splitTranches = () => {
    const reading = dollars(form.getValues().amount);
    if (reading) return void form.validateField('amount');
    const shares = splitEvenly(centsOf(form.getValues().amount), form.getValues().tranches.length);
    shares.forEach((cents, i) => form.setFieldValue(`tranches.${i}.amount`, centsToDollarsText(cents)));
  };

  return (
    <Stack gap="lg">
      <Title order={1}>{t('funds.grantForm.title')}</Title>
      <Anchor component={Link} to={back}>
        {t('funds.grantForm.back')}
      </Anchor>
      {motions.length === 0 ? (
        <EmptyState>{t('funds.grantForm.noMotions')}</EmptyState>
      ) : (
        <Paper withBorder p="md" radius="md">
          <form onSubmit={onSubmit} noValidate data-testid="grant-form">
            <Stack gap="md">
              {failure !== null && <ProblemAlert error={failure} />}
              <NativeSelect
                label={t('funds.grantForm.motion')}
                description={t('funds.grantForm.motionHint')}
                required
                data={[
                  { value: '', label: t('funds.grantForm.chooseMotion') },
                  ...motions.map((motion) => ({ value: motion.id, label: motion.title })),
                ]}
                {...form.getInputProps('approvingMotionId')}
                onChange={(event) => {
                  const motion = motions.find((candidate) => candidate.id === event.currentTarget.value);
                  form.setValues(motion ? fromMotion(motion) : EMPTY);
                }}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  label={t('funds.grantForm.grantTitle')}
                  required
                  {...form.getInputProps('title')}
                />
                <TextInput label={t('funds.grantForm.purpose')} required {...form.getInputProps('purpose')} />
                <NativeSelect
                  label={t('funds.grantForm.recipient')}
                  required
                  data={[
                    { value: '', label: t('funds.grantForm.chooseRecipient') },
                    ...organizations.map((organization) => ({
                      value: organization.id,
                      label: organization.name,
                    })),
                  ]}
                  {...form.getInputProps('recipientOrganizationId')}
                />
                <TextInput
                  label={t('funds.grantForm.amount')}
                  description={t('funds.form.amountHint')}
                  required
                  inputMode="decimal"
                  autoComplete="off"
                  {...form.getInputProps('amount')}
                />
                <TextInput
                  type="date"
                  label={t('funds.grantForm.periodStart')}
                  required
                  {...form.getInputProps('periodStart')}
                />
                <TextInput
                  type="date"
                  label={t('funds.grantForm.periodEnd')}
                  required
                  {...form.getInputProps('periodEnd')}
                />
              </SimpleGrid>

              <Fieldset legend={t('funds.grantForm.allocations')} variant="unstyled">
                <Stack gap="sm">
                  {form.getValues().allocations.map((_row, i) => (
                    <Group key={i} align="flex-end" gap="sm" wrap="wrap">
                      <NativeSelect
                        label={t('funds.grantForm.streamN', { n: i + 1 })}
                        required
                        style={{ flex: '2 1 14rem' }}
                        data={[
                          { value: '', label: t('funds.form.chooseStream') },
                          ...streams.map((stream) => ({
                            value: stream.id,
                            label: t('funds.grantForm.streamOption', {
                              stream: stream.name,
                              available: format.money(stream.totals.availableToCommit),
                            }),
                          })),
                        ]}
                        {...form.getInputProps(`allocations.${i}.fundingStreamId`)}
                      />
                      <TextInput
                        label={t('funds.grantForm.streamAmountN', { n: i + 1 })}
                        required
                        inputMode="decimal"
                        autoComplete="off"
                        style={{ flex: '1 1 9rem' }}
                        {...form.getInputProps(`allocations.${i}.amount`)}
                      />
                      {form.getValues().allocations.length > 1 && (
                        <ActionIcon
                          variant="default"
                          size="lg"
                          mb={form.errors[`allocations.${i}.amount`] ? 22 : 0}
                          aria-label={t('funds.grantForm.removeStream', { n: i + 1 })}
                          onClick={() => form.removeListItem('allocations', i)}
                        >
                          ×
                        </ActionIcon>
                      )}
                    </Group>
                  ))}
                  {form.errors['allocations'] && (
                    <Text c="red.8" size="sm" role="alert">
                      {form.errors['allocations']}
                    </Text>
                  )}
                  <Button
                    variant="default"
                    style={{ alignSelf: 'flex-start' }}
                    onClick={() => form.insertListItem('allocations', { fundingStreamId: '', amount: '' })}
                  >
                    {t('funds.grantForm.addStream')}
                  </Button>
                </Stack>
              </Fieldset>

              <Fieldset legend={t('funds.grantForm.tranches')} variant="unstyled">
                <Stack gap="sm">
                  {form.getValues().tranches.map((_row, i) => (
                    <Group key={i} align="flex-end" gap="sm" wrap="wrap">
                      <TextInput
                        type="date"
                        label={t('funds.grantForm.trancheDateN', { n: i + 1 })}
                        required
                        style={{ flex: '1 1 10rem' }}
                        {...form.getInputProps(`tranches.${i}.plannedOn`)}
                      />
                      <TextInput
                        label={t('funds.grantForm.trancheAmountN', { n: i + 1 })}
                        required
                        inputMode="decimal"
                        autoComplete="off"
                        style={{ flex: '1 1 9rem' }}
                        {...form.getInputProps(`tranches.${i}.amount`)}
                      />
                      {form.getValues().tranches.length > 1 && (
                        <ActionIcon
                          variant="default"
                          size="lg"
                          aria-label={t('funds.grantForm.removeTranche', { n: i + 1 })}
                          onClick={() => form.removeListItem('tranches', i)}
                        >
                          ×
                        </ActionIcon>
                      )}
                    </Group>
                  ))}
                  {form.errors['tranches'] && (
                    <Text c="red.8" size="sm" role="alert">
                      {form.errors['tranches']}
                    </Text>
                  )}
                  <Group gap="sm" wrap="wrap">
                    <Button
                      variant="default"
                      onClick={() => form.insertListItem('tranches', { plannedOn: '', amount: '' })}
                    >
                      {t('funds.grantForm.addTranche')}
                    </Button>
                    <Button variant="default" onClick={splitTranches}>
                      {t('funds.grantForm.split')}
                    </Button>
                  </Group>
                </Stack>
              </Fieldset>
              <Group>
                <Button type="submit" loading={saving}>
                  {t('funds.grantForm.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
