import { useMutation } from '@apollo/client/react';
import { subject } from '@casl/ability';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { showServerFieldErrors } from '../../forms/server-field-errors';
import { useFormRules } from '../../forms/use-form-rules';
import type { SetupQuery as SetupQueryData, Sector } from '../../graphql/generated/graphql';
import { problemOf } from '../../graphql/problem';
import { useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { Section } from '../../ui/Section';
import { EmptyState, ProblemAlert } from '../../ui/states';
import { CreateOrganizationMutation, SetupQuery } from './operations';
import { ORGANIZATION_KINDS, type OrganizationValues, organizationRules, SECTORS } from './setup.form';

type Organization = SetupQueryData['collaborative']['organizations'][number];

/** The collaborative's organizations, and (for those who may) a form to add one. */
export function OrganizationsSetup({
  collaborativeId,
  organizations,
}: {
  collaborativeId: string;
  organizations: readonly Organization[];
}) {
  const t = useT();
  return (
    <Section id="setup-organizations" title={t('admin.organizations.title')}>
      {organizations.length === 0 ? (
        <EmptyState>{t('admin.organizations.empty')}</EmptyState>
      ) : (
        <Stack
          gap="xs"
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          data-testid="setup-organizations"
        >
          {organizations.map((organization) => (
            <Paper key={organization.id} withBorder p="sm" radius="md" component="li">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text fw={600}>{organization.name}</Text>
                <Group gap={6} wrap="wrap">
                  {organization.sector && (
                    <Badge variant="outline" color="gray" tt="none">
                      {t(`sector.${organization.sector}`)}
                    </Badge>
                  )}
                  {organization.kinds.map((kind) => (
                    <Badge key={kind} variant="light" color="gray" tt="none">
                      {t(`organizationKind.${kind}`)}
                    </Badge>
                  ))}
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <Can I="create" this={subject('Organization', { collaborativeId })}>
        <AddOrganization collaborativeId={collaborativeId} />
      </Can>
    </Section>
  );
}

function AddOrganization({ collaborativeId }: { collaborativeId: string }) {
  const t = useT();
  const [create, { loading }] = useMutation(CreateOrganizationMutation, {
    refetchQueries: [{ query: SetupQuery, variables: { id: collaborativeId } }],
    awaitRefetchQueries: true,
  });
  const [failure, setFailure] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const validate = useFormRules<OrganizationValues>(organizationRules);
  const form = useForm<OrganizationValues>({
    mode: 'uncontrolled',
    initialValues: { name: '', sector: '', kinds: ['MEMBER_ORGANIZATION'] },
    validate,
    validateInputOnBlur: true,
  });

  const onSubmit = async (values: OrganizationValues) => {
    setFailure(null);
    setAdded(null);
    try {
      await create({
        variables: {
          input: {
            collaborativeId,
            name: values.name.trim(),
            kinds: values.kinds,
            sector: (values.sector || null) as Sector | null,
          },
        },
      });
      setAdded(values.name.trim());
      form.reset();
    } catch (error) {
      showServerFieldErrors(form, problemOf(error), ['name', 'sector', 'kinds']);
      setFailure(error);
    }
  };

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={form.onSubmit(onSubmit)} noValidate aria-label={t('admin.organizations.add')}>
        <Stack gap="md">
          <Text fw={600}>{t('admin.organizations.add')}</Text>
          {failure !== null && <ProblemAlert error={failure} />}
          {added && (
            <Alert color="green" variant="light" role="status">
              {t('admin.organizations.added', { name: added })}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('admin.organizations.name')}
              required
              autoComplete="off"
              key={form.key('name')}
              {...form.getInputProps('name')}
            />
            <NativeSelect
              label={t('admin.organizations.sector')}
              data={[
                { value: '', label: t('admin.organizations.noSector') },
                ...SECTORS.map((sector) => ({ value: sector, label: t(`sector.${sector}`) })),
              ]}
              key={form.key('sector')}
              {...form.getInputProps('sector')}
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t('admin.organizations.kinds')}
            required
            key={form.key('kinds')}
            {...form.getInputProps('kinds')}
          >
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" mt="xs">
              {ORGANIZATION_KINDS.map((kind) => (
                <Checkbox key={kind} value={kind} label={t(`organizationKind.${kind}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Group>
            <Button type="submit" loading={loading}>
              {t('admin.organizations.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
