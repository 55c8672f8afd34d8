import { appDatabase } from '@/db/instance'

/**
 * The app database as the pack worker opens it: the worker has its own connection to the same IndexedDB, so a
 * 100k-record pack is read and written off the page's thread without copying records across.
 */
export const packDatabase = appDatabase
