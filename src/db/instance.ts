import { openDatabase, type CommandPostDatabase } from './database'

let opening: Promise<CommandPostDatabase> | undefined

/** The app's one database connection, opened on first use. */
export function appDatabase(): Promise<CommandPostDatabase> {
  opening ??= openDatabase()
  return opening
}
