import { useMutation } from '@apollo/client/react';
import { subject } from '@casl/ability';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useFormSending } from '../../forms/use-form-sending';
import type { SetupQuery as SetupQueryData } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { useSession } from '../../session/session';
import { Section } from '../../ui/Section';
import { ProblemAlert } from '../../ui/states';
import { SetupQuery, UpdateVotingRulesMutation } from './operations';
import {
  QUORUM_RULES,
  SECTORS,
  THRESHOLD_RULES,
  type VotingRulesValues,
  votingRulesInput,
  votingRulesProblems,
  votingRulesValues,
} from './setup.form';

type Rules = SetupQueryData['votingRules'];

/** How the leadership team decides: quorum, sector minimums, thresholds and the spending limit. */
export function VotingRulesSetup({ collaborativeId, rules }: { collaborativeId: string; rules: Rules }) {
  const t = useT();
  const { ability } = useSession();
  // Those who may not change the rules still read them, in the same form with its controls off.
  const readOnly = !ability.can('update', subject('VotingRules', { collaborativeId }));
  return (
    <Section id="setup-rules" title={t('admin.rules.title')}>
      <VotingRulesForm collaborativeId={collaborativeId} rules={rules} readOnly={readOnly} />
    </Section>
  );
}

function VotingRulesForm({
  collaborativeId,
  rules,
  readOnly,
}: {
  collaborativeId: string;
  rules: Rules;
  readOnly: boolean;
}) {
  const t = useT();
  const [update, { loading }] = useMutation(UpdateVotingRulesMutation, {
    refetchQueries: [{ query: SetupQuery, variables: { id: collaborativeId } }],
    awaitRefetchQueries: true,
  });
  const form = useForm<VotingRulesValues>({
    mode: 'uncontrolled',
    initialValues: votingRulesValues(rules),
    validate: (values) =>
      Object.fromEntries(
        Object.entries(votingRulesProblems(values)).map(([field, failure]) => [
          field,
          t(failure.id, failure.values),
        ]),
      ),
    validateInputOnBlur: true,
  });

  const { failure, saved, onSubmit } = useFormSending(
    form,
    ['quorumRule', 'threshold', 'thresholdAboveSpendingLimit', 'abstentionsCountTowardBase', 'spendingLimit'],
    async (values: VotingRulesValues) => {
      await update({ variables: { input: votingRulesInput(collaborativeId, values) } });
    },
  );

  const quorumOptions = QUORUM_RULES.map((rule) => ({ value: rule, label: t(`admin.rules.quorum.${rule}`) }));
  const thresholdOptions = THRESHOLD_RULES.map((rule) => ({
    value: rule,
    label: t(`admin.rules.threshold.${rule}`),
  }));

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate aria-label={t('admin.rules.title')}>
        <Stack gap="md">
          {failure !== null && <ProblemAlert error={failure} />}
          {saved && (
            <Alert color="green" variant="light" role="status">
              {t('admin.rules.saved')}
            </Alert>
          )}
          <NativeSelect
            label={t('admin.rules.quorum')}
            data={quorumOptions}
            disabled={readOnly}
            key={form.key('quorumRule')}
            {...form.getInputProps('quorumRule')}
          />
          <Fieldset legend={t('admin.rules.minimums')} disabled={readOnly} variant="unstyled">
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
              {SECTORS.map((sector) => (
                <TextInput
                  key={form.key(`minimums.${sector}`)}
                  label={t('admin.rules.minimum', { sector: t(`sector.${sector}`) })}
                  inputMode="numeric"
                  autoComplete="off"
                  {...form.getInputProps(`minimums.${sector}`)}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              label={t('admin.rules.threshold')}
              data={thresholdOptions}
              disabled={readOnly}
              key={form.key('threshold')}
              {...form.getInputProps('threshold')}
            />
            <TextInput
              label={t('admin.rules.spendingLimit')}
              description={t('admin.rules.spendingLimitHint')}
              inputMode="decimal"
              autoComplete="off"
              required
              disabled={readOnly}
              key={form.key('spendingLimit')}
              {...form.getInputProps('spendingLimit')}
            />
            <NativeSelect
              label={t('admin.rules.thresholdAbove')}
              data={thresholdOptions}
              disabled={readOnly}
              key={form.key('thresholdAboveSpendingLimit')}
              {...form.getInputProps('thresholdAboveSpendingLimit')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('admin.rules.abstentions')}
            disabled={readOnly}
            key={form.key('abstentionsCountTowardBase')}
            {...form.getInputProps('abstentionsCountTowardBase', { type: 'checkbox' })}
          />
          {!readOnly && (
            <Group>
              <Button type="submit" loading={loading}>
                {t('admin.rules.submit')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
