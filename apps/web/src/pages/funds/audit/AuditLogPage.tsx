import { useQuery } from '@apollo/client/react';
import { isAuditAction } from '@braid/contracts';
import { NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useIntl } from 'react-intl';
import type { MessageId } from '../../../i18n/messages';
import { useLocale } from '../../../i18n/LocaleProvider';
import { INTL_LOCALE } from '../../../i18n/locale';
import { useT } from '../../../i18n/use-t';
import { LoadMore } from '../../../ui/LoadMore';
import { EmptyState, LoadingState, ProblemAlert } from '../../../ui/states';
import { usePageTitle } from '../../../ui/use-page-title';
import { WideTable } from '../WideTable';
import { AuditEventsQuery } from './operations';

export const AUDIT_PAGE_SIZE = 30;

/** The kinds of fund records the log can be narrowed to (the audit events' entityType). */
export const FUND_RECORD_TYPES = [
  'FundingStream',
  'Contribution',
  'Grant',
  'Disbursement',
  'LedgerTransaction',
] as const;
type FundRecordType = (typeof FUND_RECORD_TYPES)[number];

const TYPE_LABEL: Record<FundRecordType, MessageId> = {
  FundingStream: 'funds.audit.type.FundingStream',
  Contribution: 'funds.audit.type.Contribution',
  Grant: 'funds.audit.type.Grant',
  Disbursement: 'funds.audit.type.Disbursement',
  LedgerTransaction: 'funds.audit.type.LedgerTransaction',
};

/** What happened, in words: an event name this page does not know still reads as a sentence, never as its id. */
export const auditActionWords = (action: string): MessageId =>
  isAuditAction(action) ? `audit.action.${action}` : 'audit.action.unknown';

/**
 * The kind of record an event concerns, in words. Looked up in the catalogue already loaded for
 * the reader (not the static catalogues, whose import would put both languages in a shared chunk).
 */
export function auditRecordTypeWords(entityType: string, catalogue: Record<string, unknown>): MessageId {
  const id = `audit.type.${entityType}`;
  return id in catalogue ? (id as MessageId) : 'audit.type.unknown';
}

/**
 * Who changed what in the fund, newest first, page by page. The API shows each reader what their
 * role allows: a fund administrator the fund's events, an administrator or the chair everything.
 */
export function AuditLogPage() {
  const t = useT();
  const { messages } = useIntl();
  usePageTitle(t('funds.audit.title'));
  const { collaborativeId = '' } = useParams();
  const { locale } = useLocale();
  const when = useMemo(
    () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium', timeStyle: 'short' }),
    [locale],
  );
  const [entityType, setEntityType] = useState('');
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditEventsQuery, {
    variables: { collaborativeId, first: AUDIT_PAGE_SIZE, entityType: entityType || null },
  });
  const page = data?.auditEvents;

  const fetchNext = (after: string) =>
    fetchMore({
      variables: { after },
      updateQuery: (previous, { fetchMoreResult }) => ({
        auditEvents: {
          ...fetchMoreResult.auditEvents,
          nodes: [...previous.auditEvents.nodes, ...fetchMoreResult.auditEvents.nodes],
        },
      }),
    });

  return (
    <Stack gap="lg">
      <Title order={1}>{t('funds.audit.title')}</Title>
      <Text>{t('funds.audit.explain')}</Text>
      <NativeSelect
        label={t('funds.audit.filter')}
        value={entityType}
        onChange={(event) => setEntityType(event.currentTarget.value)}
        data={[
          { value: '', label: t('funds.audit.all') },
          ...FUND_RECORD_TYPES.map((type) => ({ value: type, label: t(TYPE_LABEL[type]) })),
        ]}
        style={{ maxWidth: '22rem' }}
      />
      {loading && !page ? (
        <LoadingState label={t('funds.audit.loading')} />
      ) : error && !page ? (
        <ProblemAlert error={error} onRetry={() => void refetch()} />
      ) : !page || page.nodes.length === 0 ? (
        <EmptyState>{t('funds.audit.empty')}</EmptyState>
      ) : (
        <>
          <WideTable label={t('funds.audit.table')} testId="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('funds.audit.when')}</Table.Th>
                <Table.Th scope="col">{t('funds.audit.who')}</Table.Th>
                <Table.Th scope="col">{t('funds.audit.what')}</Table.Th>
                <Table.Th scope="col">{t('funds.audit.record')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.nodes.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                    {when.format(new Date(event.occurredAt))}
                  </Table.Th>
                  <Table.Td>{event.actorName}</Table.Td>
                  <Table.Td>{t(auditActionWords(event.action))}</Table.Td>
                  <Table.Td>
                    {event.recordName
                      ? t('audit.record.named', {
                          type: t(auditRecordTypeWords(event.entityType, messages)),
                          name: event.recordName,
                        })
                      : t(auditRecordTypeWords(event.entityType, messages))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </WideTable>
          <Text size="sm" aria-live="polite">
            {t('funds.audit.shown', { count: page.nodes.length })}
          </Text>
          <LoadMore pageInfo={page.pageInfo} fetchNext={fetchNext} label={t('funds.audit.loadMore')} />
        </>
      )}
    </Stack>
  );
}
