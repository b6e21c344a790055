// Locates ../shared (real articles and corpora that stay outside the project) for the tests that read it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const candidate = fileURLToPath(new URL('../../shared/', import.meta.url));

/** The shared folder beside the project, or null when it is absent. */
export const SHARED: string | null = process.env.RASID_SHARED ?? (existsSync(candidate) ? candidate : null);

/** Says visibly, once per suite, that the tests reading ../shared were skipped. */
export function sharedNote(): void {
  if (!SHARED) console.warn('[rasid] ../shared is absent: tests over the real articles are SKIPPED');
}
