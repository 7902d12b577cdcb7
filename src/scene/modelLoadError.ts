// No three here: the stage's boundary (outside the 3D chunk) reads these.

/** Why a model could not be shown; each has its own plain message for the artisan. */
export type ModelFailure = 'timeout' | 'network' | 'missing' | 'broken';

/** A model that could not be loaded: `kind` for the artisan's message, `message` for support. */
export class ModelLoadError extends Error {
  override readonly name = 'ModelLoadError';
  constructor(
    readonly kind: ModelFailure,
    readonly url: string,
    detail: string,
  ) {
    super(`${url}: ${detail}`);
  }
}
