import { fileURLToPath } from 'node:url';

/** Debian's Chromium (`apt-get install -y chromium`); never a browser downloaded by a test tool. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Screenshots and the API's log, for a person to look at after a run (gitignored). */
export const ARTIFACTS = fileURLToPath(new URL('../../../../test-artifacts/web-e2e', import.meta.url));
