export function chromiumCandidates(env?: NodeJS.ProcessEnv): string[];
export function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
export const NO_CHROMIUM: string;
