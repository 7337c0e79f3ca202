import { graphql } from '../gql';

export const SentMailsQuery = graphql(`
  query SentMails($first: Int!) {
    sentMails(first: $first) {
      toFiles
      mails {
        id
        date
        to
        subject
        text
      }
    }
  }
`);
