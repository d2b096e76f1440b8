import { useCallback, useEffect, useState } from 'react';

export type ApiData<T> =
  { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; data: T };

/** Loads data once on mount (and on reload()), ignoring answers that arrive after unmount. */
export function useApiData<T>(load: () => Promise<T>): [ApiData<T>, () => void] {
  const [result, setResult] = useState<ApiData<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setResult({ state: 'ready', data }),
      (error: unknown) => live && setResult({ state: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [load, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return [result, reload];
}
