import { liveQuery } from 'dexie'

/**
 * Runs `query` now and again whenever the tables it read change (in this tab or another), calling `onValue`
 * with each result. Returns the function that stops watching. Stores use this instead of importing Dexie.
 */
export function watchQuery<T>(
  query: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onValue, error: onError })
  return () => subscription.unsubscribe()
}

/** Runs several queries at once, once: the one-shot twin of {@link watchQueries}, each result under its key. */
export async function readQueries<T extends object>(queries: {
  [K in keyof T]: () => Promise<T[K]>
}): Promise<T> {
  const keys = Object.keys(queries) as (keyof T)[]
  const values = await Promise.all(keys.map((key) => queries[key]()))
  return Object.fromEntries(keys.map((key, i) => [key, values[i]])) as T
}

/**
 * Watches several queries at once, each live on its own (a change re-runs only the queries that read it), and
 * calls `onValue` with the latest result of every one: first once all have answered, then after each change.
 * Returns the function that stops watching them all.
 */
export function watchQueries<T extends Record<string, unknown>>(
  queries: { [K in keyof T]: () => Promise<T[K]> },
  onValue: (values: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const latest: Partial<T> = {}
  const keys = Object.keys(queries) as (keyof T)[]
  let waiting = keys.length
  let stopped = false
  const stops = keys.map((key) =>
    watchQuery(
      queries[key],
      (value) => {
        if (stopped) return
        if (!(key in latest)) waiting--
        latest[key] = value
        if (waiting === 0) onValue({ ...latest } as T)
      },
      (error) => {
        if (!stopped) onError(error)
      },
    ),
  )
  return () => {
    stopped = true
    for (const stop of stops) stop()
  }
}
