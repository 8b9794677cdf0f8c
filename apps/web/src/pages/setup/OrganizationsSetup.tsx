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
  type SimpleGridProps,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useFormSending } from '../../forms/use-form-sending';
import { useFormRules } from '../../forms/use-form-rules';
import type { SetupQuery as SetupQueryData } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';
import { Can } from '../../session/ability';
import { Section } from '../../ui/Section';
import { EmptyState, ProblemAlert } from '../../ui/states';
import { FormDialog } from '../../ui/FormDialog';
import { CreateOrganizationMutation, SetupQuery, UpdateOrganizationMutation } from './operations';
import {
  ORGANIZATION_KINDS,
  organizationFields,
  type OrganizationValues,
  organizationRules,
  SECTORS,
} from './setup.form';

type Organization = SetupQueryData['collaborative']['organizations'][number];

const FIELDS = ['name', 'sector', 'kinds', 'website'] as const;

/** The collaborative's organizations, and (for those who may) a form to add one and a way to edit each. */
export function OrganizationsSetup({
  collaborativeId,
  organizations,
}: {
  collaborativeId: string;
  organizations: readonly Organization[];
}) {
  const t = useT();
  const [editing, setEditing] = useState<Organization | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <Section id="setup-organizations" title={t('admin.organizations.title')}>
      {saved && (
        <Alert color="green" variant="light" role="status">
          {t('admin.organizations.saved', { name: saved })}
        </Alert>
      )}
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
                  <Can I="update" this={subject('Organization', { collaborativeId })}>
                    <Button
                      variant="default"
                      size="xs"
                      aria-label={t('admin.organizations.editLabel', { name: organization.name })}
                      onClick={() => {
                        setSaved(null);
                        setEditing(organization);
                      }}
                    >
                      {t('admin.organizations.edit')}
                    </Button>
                  </Can>
                </Group>
              </Group>
              {organization.website && (
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {organization.website}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      <Can I="create" this={subject('Organization', { collaborativeId })}>
        <AddOrganization collaborativeId={collaborativeId} />
      </Can>
      {editing && (
        <EditOrganizationDialog
          collaborativeId={collaborativeId}
          organization={editing}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setSaved(name);
          }}
        />
      )}
    </Section>
  );
}

/** Name, sector, kinds and website: the same fields to add an organization and to edit one. */
function OrganizationFields({
  form,
  cols,
}: {
  form: UseFormReturnType<OrganizationValues>;
  cols: SimpleGridProps['cols'];
}) {
  const t = useT();
  return (
    <>
      <SimpleGrid cols={cols} spacing="md">
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
      <TextInput
        label={t('admin.organizations.website')}
        description={t('admin.organizations.websiteHint')}
        type="url"
        inputMode="url"
        autoComplete="off"
        key={form.key('website')}
        {...form.getInputProps('website')}
      />
    </>
  );
}

function useOrganizationForm(initialValues: OrganizationValues) {
  const validate = useFormRules<OrganizationValues>(organizationRules);
  return useForm<OrganizationValues>({
    mode: 'uncontrolled',
    initialValues,
    validate,
    validateInputOnBlur: true,
  });
}

function AddOrganization({ collaborativeId }: { collaborativeId: string }) {
  const t = useT();
  const [create, { loading }] = useMutation(CreateOrganizationMutation, {
    refetchQueries: [{ query: SetupQuery, variables: { id: collaborativeId } }],
    awaitRefetchQueries: true,
  });
  const form = useOrganizationForm({ name: '', sector: '', kinds: ['MEMBER_ORGANIZATION'], website: '' });

  const {
    failure,
    done: added,
    onSubmit,
  } = useFormSending(form, FIELDS, async (values: OrganizationValues) => {
    await create({ variables: { input: { collaborativeId, ...organizationFields(values) } } });
    form.reset();
    return values.name.trim();
  });

  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={onSubmit} noValidate aria-label={t('admin.organizations.add')}>
        <Stack gap="md">
          <Text fw={600}>{t('admin.organizations.add')}</Text>
          {failure !== null && <ProblemAlert error={failure} />}
          {added && (
            <Alert color="green" variant="light" role="status">
              {t('admin.organizations.added', { name: added })}
            </Alert>
          )}
          <OrganizationFields form={form} cols={{ base: 1, sm: 2 }} />
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

/** Renaming an organization, or correcting its sector, kinds or website; grants and seats keep pointing at it. */
function EditOrganizationDialog({
  collaborativeId,
  organization,
  onClose,
  onSaved,
}: {
  collaborativeId: string;
  organization: Organization;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const t = useT();
  const [update, { loading }] = useMutation(UpdateOrganizationMutation, {
    refetchQueries: [{ query: SetupQuery, variables: { id: collaborativeId } }],
    awaitRefetchQueries: true,
  });
  const form = useOrganizationForm({
    name: organization.name,
    sector: organization.sector ?? '',
    kinds: [...organization.kinds],
    website: organization.website ?? '',
  });

  return (
    <FormDialog
      title={t('admin.organizations.editTitle', { name: organization.name })}
      submitLabel={t('admin.organizations.save')}
      cancelLabel={t('admin.cancel')}
      loading={loading}
      form={form}
      fields={FIELDS}
      send={async (values) => {
        await update({ variables: { input: { id: organization.id, ...organizationFields(values) } } });
        onSaved(values.name.trim());
      }}
      onClose={onClose}
    >
      <OrganizationFields form={form} cols={{ base: 1 }} />
    </FormDialog>
  );
}
