/**
 * The Gladi xAPI profile (docs/xapi-profile.md): every IRI the statements use, in one place.
 * XAPI_BASE is the one constant to change when the centre owns a domain: `.example` is reserved
 * (RFC 2606), so these ids can never clash with someone else's.
 */
export const XAPI_BASE = 'https://gladi.example/xapi/';

export const PROFILE_IRI = `${XAPI_BASE}profile/v1`;

export const activityIri = {
  machine: (machineId: string) => `${XAPI_BASE}machines/${enc(machineId)}`,
  step: (machineId: string, stepId: string) => `${XAPI_BASE}machines/${enc(machineId)}/steps/${enc(stepId)}`,
  fault: (machineId: string, faultId: string) => `${XAPI_BASE}machines/${enc(machineId)}/faults/${enc(faultId)}`,
  drill: (machineId: string, drillId: string) => `${XAPI_BASE}machines/${enc(machineId)}/drills/${enc(drillId)}`,
} as const;

export const ACTIVITY_TYPES = {
  machine: `${XAPI_BASE}activity-types/machine`,
  step: `${XAPI_BASE}activity-types/procedure-step`,
  fault: `${XAPI_BASE}activity-types/fault`,
  drill: `${XAPI_BASE}activity-types/drill`,
} as const;

/** A device (browser profile) is the "home page" of the accounts of the learners added on it. */
export const deviceIri = (deviceId: string): string => `${XAPI_BASE}devices/${enc(deviceId)}`;

export const EXTENSIONS = {
  mode: `${XAPI_BASE}extensions/mode`,
  locale: `${XAPI_BASE}extensions/locale`,
  chartVersion: `${XAPI_BASE}extensions/chart-version`,
  drillId: `${XAPI_BASE}extensions/drill-id`,
  /** On a fault's statement: who injected it (`trainer` live, or `scenario`, the drill's schedule). */
  injectedBy: `${XAPI_BASE}extensions/injected-by`,
  /** On the closing statement's result: `{ critical, major, minor }` mistake counts. */
  mistakes: `${XAPI_BASE}extensions/mistakes`,
} as const;

/** ADL verbs (the xAPI vocabulary every LRS reports on). */
export const VERBS = {
  attempted: { id: 'http://adlnet.gov/expapi/verbs/attempted', display: { 'en-US': 'attempted', 'id-ID': 'mencoba' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed', 'id-ID': 'menyelesaikan' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed', 'id-ID': 'lulus' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed', 'id-ID': 'gagal' } },
  interacted: { id: 'http://adlnet.gov/expapi/verbs/interacted', display: { 'en-US': 'interacted', 'id-ID': 'berinteraksi' } },
} as const;

/** App languages as xAPI language tags (RFC 5646). */
export const LANGUAGE_TAGS = { id: 'id-ID', en: 'en-US' } as const;

function enc(segment: string): string {
  return encodeURIComponent(segment);
}
