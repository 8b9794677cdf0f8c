import { graphql } from '../../graphql/generated';

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      collaborativeName
      displayName
      email
      roles
      status
      accountExists
      expiresAt
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      collaborative {
        id
        name
      }
      user {
        id
        displayName
        preferredLanguage
      }
    }
  }
`);
