import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useT } from '../../i18n/use-t';
import { usePageTitle } from '../../ui/use-page-title';

/**
 * A page this person's roles do not open (a partner contact at the ledger's address): said as a
 * fact about the page and the role, with the way back, rather than as a refused request.
 */
export function NotAvailablePage() {
  const t = useT();
  const { collaborativeId } = useParams();
  usePageTitle(t('notAvailable.title'));
  return (
    <Stack gap="md" data-testid="not-available">
      <Title order={1}>{t('notAvailable.title')}</Title>
      <Text>{t('notAvailable.body')}</Text>
      <Text>{t('notAvailable.ask')}</Text>
      <Anchor component={Link} to={collaborativeId ? `/collaboratives/${collaborativeId}` : '/'}>
        {collaborativeId ? t('notAvailable.overview') : t('notFound.home')}
      </Anchor>
    </Stack>
  );
}
