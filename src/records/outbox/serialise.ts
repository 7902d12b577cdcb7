/**
 * Runs async jobs one after another (a promise chain, no timers): every read-modify-write of the
 * store goes through one, so an enqueue during a flush is never overwritten by the flush's save.
 */
export function serialiser(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>) => {
    const run = tail.then(job);
    tail = run.catch(() => undefined);
    return run;
  };
}
