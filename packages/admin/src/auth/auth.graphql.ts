import { graphql } from '../gql';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      user {
        email
        displayName
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const AuthConfigQuery = graphql(`
  query AuthConfig {
    authConfig {
      oidcEnabled
      oidcLoginUrl
    }
  }
`);

export const ExchangeLoginCodeMutation = graphql(`
  mutation ExchangeLoginCode($code: String!) {
    exchangeLoginCode(code: $code) {
      token
      expiresAt
      user {
        email
        displayName
      }
    }
  }
`);
