import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, CopyButton, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useFormat, useT } from '../../i18n/use-t';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Section } from '../../ui/Section';
import { LoadingState, ProblemAlert } from '../../ui/states';
import {
  CalendarFeedQuery,
  CreateCalendarFeedMutation,
  RegenerateCalendarFeedMutation,
  RevokeCalendarFeedMutation,
} from './operations';

type Asking = 'regenerate' | 'revoke' | null;

/**
 * The person's calendar feed: a secret address calendar apps subscribe to. The API keeps only its
 * hash, so the address is shown once, when it is made or replaced, with how to subscribe; after
 * that the section says only that a feed exists. Replacing and turning it off ask first: the old
 * address stops working at once.
 */
export function CalendarFeedSection() {
  const t = useT();
  const format = useFormat();
  const feed = useQuery(CalendarFeedQuery);
  const refetch = { refetchQueries: [CalendarFeedQuery], awaitRefetchQueries: true };
  const [create, creating] = useMutation(CreateCalendarFeedMutation, refetch);
  const [regenerate] = useMutation(RegenerateCalendarFeedMutation, refetch);
  const [revoke] = useMutation(RevokeCalendarFeedMutation, refetch);
  const [issuedUrl, setIssuedUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const [asking, setAsking] = useState<Asking>(null);

  const current = feed.data?.calendarFeed ?? null;

  return (
    <Section id="calendar-feed" title={t('calendar.feed.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('calendar.feed.explain')}</Text>
        {feed.loading && !feed.data ? (
          <LoadingState />
        ) : feed.error ? (
          <ProblemAlert error={feed.error} onRetry={() => void feed.refetch()} />
        ) : current ? (
          <>
            <Text size="sm">
              {t('calendar.feed.active', { date: format.dateTime(String(current.issuedAt)) })}
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={() => setAsking('regenerate')}>
                {t('calendar.feed.regenerate')}
              </Button>
              <Button variant="default" color="red" onClick={() => setAsking('revoke')}>
                {t('calendar.feed.revoke')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm">{t('calendar.feed.none')}</Text>
            {revoked && (
              <Alert color="green" variant="light" role="status" title={t('calendar.feed.revoked')} />
            )}
            {creating.error && <ProblemAlert error={creating.error} />}
            <Group>
              <Button
                loading={creating.loading}
                onClick={() =>
                  void create()
                    .then(({ data }) => {
                      setRevoked(false);
                      setIssuedUrl(data?.createCalendarFeed.url ?? null);
                    })
                    // Shown by the alert above from the mutation's state.
                    .catch(() => undefined)
                }
              >
                {t('calendar.feed.create')}
              </Button>
            </Group>
          </>
        )}
        {issuedUrl && current && <IssuedAddress url={issuedUrl} />}
      </Stack>
      {asking === 'regenerate' && (
        <ConfirmDialog
          title={t('calendar.feed.regenerateTitle')}
          confirmLabel={t('calendar.feed.regenerate')}
          cancelLabel={t('calendar.feed.cancel')}
          onClose={() => setAsking(null)}
          onConfirm={async () => {
            const { data } = await regenerate();
            setIssuedUrl(data?.regenerateCalendarFeed.url ?? null);
            setAsking(null);
          }}
        >
          <Text size="sm">{t('calendar.feed.regenerateExplain')}</Text>
        </ConfirmDialog>
      )}
      {asking === 'revoke' && (
        <ConfirmDialog
          title={t('calendar.feed.revokeTitle')}
          confirmLabel={t('calendar.feed.revoke')}
          cancelLabel={t('calendar.feed.cancel')}
          onClose={() => setAsking(null)}
          onConfirm={async () => {
            await revoke();
            setIssuedUrl(null);
            setRevoked(true);
            setAsking(null);
          }}
        >
          <Text size="sm">{t('calendar.feed.revokeExplain')}</Text>
        </ConfirmDialog>
      )}
    </Section>
  );
}

/** The address, this once, with a copy button and how each calendar app subscribes to it. */
function IssuedAddress({ url }: { url: string }) {
  const t = useT();
  return (
    <Alert color="green" variant="light" role="status" title={t('calendar.feed.issuedTitle')}>
      <Stack gap="xs">
        <Text size="sm">{t('calendar.feed.issuedExplain')}</Text>
        <TextInput
          label={t('calendar.feed.url')}
          value={url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          data-testid="calendar-feed-url"
        />
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'light' : 'filled'}
              color={copied ? 'green' : undefined}
              onClick={copy}
              style={{ alignSelf: 'flex-start' }}
            >
              {copied ? t('calendar.feed.copied') : t('calendar.feed.copy')}
            </Button>
          )}
        </CopyButton>
        <Title order={3} size="h5">
          {t('calendar.feed.howTo')}
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>{t('calendar.feed.google')}</List.Item>
          <List.Item>{t('calendar.feed.apple')}</List.Item>
          <List.Item>{t('calendar.feed.outlook')}</List.Item>
        </List>
      </Stack>
    </Alert>
  );
}
