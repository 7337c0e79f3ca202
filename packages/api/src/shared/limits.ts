/** Longest subject of an act, whoever writes it (deposit, upload, staff edit). */
export const ACT_SUBJECT_MAX = 4000;
/** Longest act number (its column). */
export const ACT_NUMBER_MAX = 64;
