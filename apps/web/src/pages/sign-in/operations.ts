import { graphql } from '../../graphql/generated';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        displayName
        preferredLanguage
      }
    }
  }
`);
