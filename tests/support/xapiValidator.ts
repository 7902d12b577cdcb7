import validateStatement from '@learninglocker/xapi-validation';

/**
 * @learninglocker/xapi-validation's check of one statement: the list of problems (empty when valid).
 * The package is CommonJS (`exports.default`): take the function whichever way the interop hands it over.
 */
export const xapiProblems: (statement: unknown) => { message?: string; path?: unknown }[] =
  typeof validateStatement === 'function' ? validateStatement : (validateStatement as unknown as { default: typeof validateStatement }).default;
