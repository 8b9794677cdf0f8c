import { graphql } from '../../graphql/generated';

/** The answer updates the signed-in person in the cache, so the header and the language follow. */
export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      id
      displayName
      preferredLanguage
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

/** Whether the person has a calendar feed; its address is not kept, so it is not asked for. */
export const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    calendarFeed {
      issuedAt
    }
  }
`);

/** The address comes back this once (the API keeps only its hash). */
export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      url
      feed {
        issuedAt
      }
    }
  }
`);

export const RegenerateCalendarFeedMutation = graphql(`
  mutation RegenerateCalendarFeed {
    regenerateCalendarFeed {
      url
      feed {
        issuedAt
      }
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);
