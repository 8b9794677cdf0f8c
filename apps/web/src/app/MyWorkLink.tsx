import { useQuery } from '@apollo/client/react';
import { Badge, VisuallyHidden } from '@mantine/core';
import { NavLink } from 'react-router';
import { useT } from '../i18n/use-t';
import { MyWorkCountsQuery } from '../pages/my-work/counts-query';
import classes from './layout.module.css';

/**
 * "My work" in the navigation, with how many things need the person (votes owed, action items,
 * reports owed, minutes to review): the number is shown, and said in words to screen readers.
 */
export function MyWorkLink() {
  const t = useT();
  const { data } = useQuery(MyWorkCountsQuery, { fetchPolicy: 'cache-and-network' });
  const work = data?.myWork;
  const count = work
    ? work.votesOwed.totalCount +
      work.actionItems.totalCount +
      work.reportsOwed.totalCount +
      work.minutesToReview.totalCount
    : null;
  return (
    <NavLink end to="/" className={classes['navLink']} data-testid="nav-my-work">
      {t('myWork.nav')}
      {count !== null && (
        <>
          {count > 0 && (
            <Badge size="sm" circle ml={6} aria-hidden="true" data-testid="my-work-count">
              {count}
            </Badge>
          )}
          <VisuallyHidden>{`, ${t('myWork.navCount', { count })}`}</VisuallyHidden>
        </>
      )}
    </NavLink>
  );
}
