import { Alert, List, Text } from '@mantine/core';
import type { MeetingQuery } from '../../graphql/generated/graphql';
import { useT } from '../../i18n/use-t';

type Quorum = NonNullable<MeetingQuery['meeting']['quorum']>;

/**
 * Whether the seats recorded present make a quorum, as the API computes it from the voting rules:
 * the count, and each sector that must be present (a resident seat, by default). Missing sectors
 * are named so the chair knows whom to wait for. Live region: it changes as attendance is recorded.
 */
export function QuorumIndicator({ quorum }: { quorum: Quorum }) {
  const t = useT();
  const missing = quorum.sectors.filter((sector) => !sector.met);
  return (
    <div aria-live="polite" data-testid="quorum">
      <Alert
        color={quorum.met ? 'green' : 'orange'}
        variant="light"
        title={quorum.met ? t('governance.quorum.met') : t('governance.quorum.notMet')}
      >
        <Text size="sm">
          {t('governance.quorum.count', {
            present: quorum.presentSeats,
            required: quorum.required,
            filled: quorum.filledSeats,
          })}
        </Text>
        {quorum.sectors.length > 0 && (
          <List size="sm" mt={4}>
            {quorum.sectors.map((sector) => (
              <List.Item key={sector.sector}>
                {t('governance.quorum.sector', {
                  sector: t(`sector.${sector.sector}`),
                  present: sector.present,
                  minimum: sector.minimumPresent,
                })}
                {!sector.met && ` ${t('governance.quorum.sectorMissing')}`}
              </List.Item>
            ))}
          </List>
        )}
        {!quorum.met && missing.length === 0 && quorum.presentSeats < quorum.required && (
          <Text size="sm" mt={4}>
            {t('governance.quorum.needMore', { count: quorum.required - quorum.presentSeats })}
          </Text>
        )}
      </Alert>
    </div>
  );
}
