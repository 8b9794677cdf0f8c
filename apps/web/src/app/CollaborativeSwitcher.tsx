import { useQuery } from '@apollo/client/react';
import { NativeSelect } from '@mantine/core';
import { useMatch, useNavigate } from 'react-router';
import { useT } from '../i18n/use-t';
import { MyCollaborativesQuery } from './operations';

/** Shown only to people in several collaboratives; choosing one opens it. */
export function CollaborativeSwitcher() {
  const t = useT();
  const navigate = useNavigate();
  const match = useMatch('/collaboratives/:collaborativeId/*');
  const { data } = useQuery(MyCollaborativesQuery);
  const collaboratives = data?.myCollaboratives ?? [];
  if (collaboratives.length < 2) return null;

  const current = match?.params.collaborativeId ?? '';
  return (
    <NativeSelect
      aria-label={t('layout.collaborative')}
      size="sm"
      value={current}
      data={[
        ...(current ? [] : [{ value: '', label: t('layout.chooseCollaborative') }]),
        ...collaboratives.map((collaborative) => ({ value: collaborative.id, label: collaborative.name })),
      ]}
      onChange={(event) => {
        if (event.currentTarget.value) navigate(`/collaboratives/${event.currentTarget.value}`);
      }}
    />
  );
}
