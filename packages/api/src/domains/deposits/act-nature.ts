/** Pastell codes for the act nature, the nature-7 detail and the publication choice (POD). */

/** ACTES nature code: 1 deliberation … 7 outside prefecture control. */
export type ActNatureCode = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Detail of nature 7: list of deliberations, temporary order, minutes, permanent order. */
export const NATURE_DETAILS = ['LD', 'AT', 'PV', 'AP'] as const;
export type NatureDetail = (typeof NATURE_DETAILS)[number];

/** `publication_open_data`: 3 publish, 1 do not publish, 2 undecided, 0 historical (undecided). */
export const POD_VALUES = ['0', '1', '2', '3'] as const;
export type PodValue = (typeof POD_VALUES)[number];
