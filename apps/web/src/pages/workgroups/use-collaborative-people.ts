import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { MembersQuery } from '../my-collaborative/operations';
import type { Candidate } from './workgroup.form';

/** The largest page the API serves (MAX_PAGE_SIZE, libs/shared/kernel/src/pagination). */
export const PEOPLE_PAGE_SIZE = 200;

/**
 * Every active member of the collaborative, by name, to choose people from (leads, members, a
 * note-taker). Asked of the API each time a chooser opens: the member list's cache entry may hold
 * only the first page the "Members" section showed. Further pages follow on their own.
 */
export function useCollaborativePeople(collaborativeId: string) {
  const { data, loading, error, refetch, fetchMore } = useQuery(MembersQuery, {
    variables: { collaborativeId, first: PEOPLE_PAGE_SIZE },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const page = data?.memberships;
  const next = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  useEffect(() => {
    if (next) void fetchMore({ variables: { after: next } });
  }, [next, fetchMore]);
  const people = useMemo<Candidate[]>(
    () =>
      (page?.nodes ?? []).flatMap((membership) =>
        membership.user
          ? [
              {
                userId: membership.user.id,
                displayName: membership.user.displayName,
                roles: membership.roles,
              },
            ]
          : [],
      ),
    [page],
  );
  return { people, loading: loading && !data, error: data ? undefined : error, refetch };
}
