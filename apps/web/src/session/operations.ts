import { graphql } from '../graphql/generated';

/** Who is signed in (null when nobody) and the rules the API applies to them. */
export const SessionQuery = graphql(`
  query Session {
    me {
      id
      displayName
      email
      preferredLanguage
    }
    myPermissions
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const UpdateMyLanguageMutation = graphql(`
  mutation UpdateMyLanguage($language: Language!) {
    updateMyProfile(input: { preferredLanguage: $language }) {
      id
      preferredLanguage
    }
  }
`);
