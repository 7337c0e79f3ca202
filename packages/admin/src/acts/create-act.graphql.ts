import { graphql } from '../gql';

export const CreateActMutation = graphql(`
  mutation CreateAct($input: CreateActInput!, $files: [Upload!]!) {
    createAct(input: $input, files: $files) {
      id
      number
      status
    }
  }
`);
