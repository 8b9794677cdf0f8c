import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from 'react-router';
import { MyCollaborativesQuery } from '../../app/operations';
import { useFormSending } from '../../forms/use-form-sending';
import { useFormRules } from '../../forms/use-form-rules';
import { useT } from '../../i18n/use-t';
import { ProblemAlert } from '../../ui/states';
import { usePageTitle } from '../../ui/use-page-title';
import { CreateCollaborativeMutation } from './operations';
import { type NewCollaborativeValues, newCollaborativeRules, suggestSlug } from './setup.form';
import { SessionQuery } from '../../session/operations';

/** Starting a collaborative: its creator becomes its first administrator and goes on to set it up. */
export function NewCollaborativePage() {
  const t = useT();
  usePageTitle(t('admin.new.title'));
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CreateCollaborativeMutation, {
    // The creator's permissions change (administrator of the new collaborative): the session's
    // ability must know them before the set-up page asks whether they may see it.
    refetchQueries: [{ query: MyCollaborativesQuery }, { query: SessionQuery }],
    awaitRefetchQueries: true,
  });
  const validate = useFormRules<NewCollaborativeValues>(newCollaborativeRules);
  const form = useForm<NewCollaborativeValues>({
    mode: 'uncontrolled',
    initialValues: { name: '', slug: '', region: '', description: '', publicTransparency: false },
    validate,
    validateInputOnBlur: true,
    // The address follows the name until the person edits it themself.
    onValuesChange: (values, previous) => {
      if (
        values.name !== previous.name &&
        (previous.slug === '' || previous.slug === suggestSlug(previous.name))
      )
        form.setFieldValue('slug', suggestSlug(values.name));
    },
  });

  const { failure, onSubmit } = useFormSending(
    form,
    ['name', 'slug', 'region', 'description'],
    async (values: NewCollaborativeValues) => {
      const result = await create({
        variables: {
          input: {
            name: values.name.trim(),
            slug: values.slug.trim(),
            region: values.region.trim() || null,
            description: values.description.trim() || null,
            publicTransparency: values.publicTransparency,
          },
        },
      });
      const id = result.data?.createCollaborative.id;
      if (id) void navigate(`/collaboratives/${id}/setup`);
    },
  );

  return (
    <Stack gap="md">
      <Title order={1}>{t('admin.new.title')}</Title>
      <Paper withBorder p="md" radius="md">
        <form onSubmit={onSubmit} noValidate aria-label={t('admin.new.title')}>
          <Stack gap="md">
            {failure !== null && <ProblemAlert error={failure} />}
            <TextInput
              label={t('admin.new.name')}
              required
              autoComplete="off"
              key={form.key('name')}
              {...form.getInputProps('name')}
            />
            <TextInput
              label={t('admin.new.slug')}
              description={t('admin.new.slugHint')}
              required
              autoComplete="off"
              key={form.key('slug')}
              {...form.getInputProps('slug')}
            />
            <TextInput
              label={t('admin.new.region')}
              autoComplete="off"
              key={form.key('region')}
              {...form.getInputProps('region')}
            />
            <Textarea
              label={t('admin.new.description')}
              autosize
              minRows={3}
              key={form.key('description')}
              {...form.getInputProps('description')}
            />
            <Checkbox
              label={t('admin.new.publish')}
              description={t('admin.new.publishHint')}
              key={form.key('publicTransparency')}
              {...form.getInputProps('publicTransparency', { type: 'checkbox' })}
            />
            <Group>
              <Button type="submit" loading={loading}>
                {t('admin.new.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
