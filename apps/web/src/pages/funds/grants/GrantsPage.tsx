import { subject } from '@casl/ability';
import { Button, Group, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useT } from '../../../i18n/use-t';
import { Can } from '../../../session/ability';
import { usePageTitle } from '../../../ui/use-page-title';
import { GrantList } from './GrantList';

/** Every grant of the fund, with what each was awarded, has received and still has to receive. */
export function GrantsPage() {
  const t = useT();
  usePageTitle(t('funds.grants.title'));
  const { collaborativeId = '' } = useParams();
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Title order={1}>{t('funds.grants.title')}</Title>
        <Can I="create" this={subject('Grant', { collaborativeId })}>
          <Button component={Link} to={`/collaboratives/${collaborativeId}/funds/grants/new`}>
            {t('funds.grants.new')}
          </Button>
        </Can>
      </Group>
      <GrantList collaborativeId={collaborativeId} emptyText={t('funds.grants.empty')} />
    </Stack>
  );
}
