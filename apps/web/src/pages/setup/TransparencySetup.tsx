import { useMutation } from '@apollo/client/react';
import { Paper, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { Section } from '../../ui/Section';
import { ProblemAlert } from '../../ui/states';
import { PublishTransparencyMutation } from './operations';

/** Publishing (or withdrawing) the collaborative's public transparency view. */
export function TransparencySetup({
  collaborativeId,
  published,
}: {
  collaborativeId: string;
  published: boolean;
}) {
  const t = useT();
  const [publish, { loading }] = useMutation(PublishTransparencyMutation);
  const [failure, setFailure] = useState<unknown>(null);

  const onChange = async (next: boolean) => {
    setFailure(null);
    try {
      await publish({ variables: { input: { id: collaborativeId, publicTransparency: next } } });
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Section id="setup-transparency" title={t('admin.transparency.title')}>
      <Paper withBorder p="md" radius="md">
        <Stack gap="sm">
          <Text>{t('admin.transparency.explain')}</Text>
          {failure !== null && <ProblemAlert error={failure} />}
          <Switch
            label={t('admin.transparency.switch')}
            checked={published}
            disabled={loading}
            onChange={(event) => void onChange(event.currentTarget.checked)}
          />
          <Text size="sm" c="dimmed" role="status">
            {published ? t('admin.transparency.published') : t('admin.transparency.unpublished')}
          </Text>
        </Stack>
      </Paper>
    </Section>
  );
}
