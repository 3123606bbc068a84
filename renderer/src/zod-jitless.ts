import { config } from 'zod/v4/core';

/**
 * zod probes for eval (`new Function('')`) the first time it parses an object, to decide whether
 * to compile fast parsers. The CSP forbids eval, so the probe only fails and reports a CSP
 * violation; jitless mode skips it. Imported first in main.tsx, before any schema is used.
 */
config({ jitless: true });
