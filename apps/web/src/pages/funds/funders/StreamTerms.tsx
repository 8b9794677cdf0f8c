import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useFormat, useT } from '../../../i18n/use-t';

export interface StreamTermsValue {
  restricted: boolean;
  allowedPurposes: string[];
  startsOn: string;
  endsOn: string;
}

/** What a stream's money may pay for: restricted money only its purposes, within its period. */
export function StreamTerms({ stream }: { stream: StreamTermsValue }) {
  const t = useT();
  const format = useFormat();
  return (
    <Text size="xs">
      {stream.restricted
        ? t('funds.sources.restrictedWithin', {
            purposes: stream.allowedPurposes.join(', ') || '—',
            start: format.localDate(stream.startsOn),
            end: format.localDate(stream.endsOn),
          })
        : t('funds.stream.unrestricted')}
    </Text>
  );
}

/** "Funder: name", the name linked to where the funder's money went. */
export function FunderLine({
  collaborativeId,
  funder,
}: {
  collaborativeId: string;
  funder: { id: string; name: string };
}) {
  const t = useT();
  return (
    <Text size="xs">
      {t('funds.sources.funder')}{' '}
      <Anchor component={Link} to={`/collaboratives/${collaborativeId}/funds/funders/${funder.id}`} size="xs">
        {funder.name}
      </Anchor>
    </Text>
  );
}
