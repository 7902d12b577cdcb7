import { z } from 'zod';

/**
 * Zod compiles fast validators with `new Function` and probes whether it may; under the app's
 * Content-Security-Policy (no eval) even the caught probe is reported as a violation. Validation
 * is the same without it, so every bundle that validates imports this module first.
 */
z.config({ jitless: true });
