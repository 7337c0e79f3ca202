import { graphql } from '../gql';

export const JobProgressSubscription = graphql(`
  subscription JobProgress {
    jobProgress {
      jobId
      name
      state
      progress
      message
      siren
      at
    }
  }
`);
