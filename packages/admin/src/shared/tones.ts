import type { ActStatus, DatasetStatus, DepositStatus, JobState } from '../gql/graphql';
import type { Tone } from './StatusChip.vue';

export const ACT_STATUS_TONES: Record<ActStatus, Tone> = {
  TO_DECIDE: 'warning',
  PUBLISHED: 'success',
  NOT_PUBLISHED: 'neutral',
  PROCESSING: 'info',
  ERROR: 'error',
};

export const DEPOSIT_STATUS_TONES: Record<DepositStatus, Tone> = {
  RECEIVED: 'info',
  PROCESSING: 'info',
  DONE: 'success',
  FAILED: 'error',
};

export const DATASET_STATUS_TONES: Record<DatasetStatus, Tone> = {
  VALID: 'success',
  INVALID: 'error',
  MISSING_SIRET: 'warning',
};

export const JOB_STATE_TONES: Record<JobState, Tone> = {
  QUEUED: 'neutral',
  RUNNING: 'info',
  COMPLETED: 'success',
  FAILED: 'error',
};
