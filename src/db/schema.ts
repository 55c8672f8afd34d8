import type { Transaction } from 'dexie'

/** One schema version: the stores it declares and how data from the version before is brought up to it. */
export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void> | void
}

/**
 * v1 → v2 only adds the people tables: every v1 row is carried over as it is. Kept as a function so the next
 * version that must transform rows (`tx.table('persons').toCollection().modify(…)`) has the shape to copy.
 */
function upgradeToV2(_tx: Transaction): void {
  // Nothing to transform: v1 had no people.
}

/**
 * Every schema version the app has ever shipped, oldest first. Never edit a shipped entry: add a new version
 * with an upgrade, and a fixture of the old version to the migration test.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'id',
      villages: 'id, &code, name, sortOrder, retiredAt',
      users: 'id, &name, role',
      audit: 'id, at, [entity+entityId], actorId, action',
    },
  },
  {
    // The people register. List indexes (searchKeys … nameOrder) are kept only on listed people: a retired or
    // merged person's row has no such fields, so IndexedDB leaves it out of them and lists need no filter for
    // them. Compound indexes end in latestArrival so a filtered list comes out already in order; kindKeys does
    // the same for the kind filter, which a multi-entry index cannot do as a compound (person-row.ts).
    version: 2,
    stores: {
      persons:
        'id, [documentType+documentNumber], name, updatedAt, mergedInto, *searchKeys, *kindKeys, latestArrival, ' +
        '[villageId+latestArrival], [gridId+latestArrival], [latestRisk+latestArrival], ' +
        '[needsChecking+latestArrival], nameOrder',
      episodes: 'id, personId, kind, arrivalDate, createdAt, contactOf',
      duplicateReviews: 'id, status, personId, otherId',
    },
    upgrade: upgradeToV2,
  },
  {
    // Column mappings remembered per source, and the lists the county pushes down with their verification rows.
    version: 3,
    stores: {
      importMappings: 'id, &source',
      countyLists: 'id, receivedOn',
      countyListRows: 'id, listId, [listId+result], [listId+villageId], personId, documentNumber',
    },
  },
  {
    // Control measures (issue 4, branch feature/control): measures, quarantine sites, daily health checks and
    // the nucleic-acid tests generated from the measures' test days. Self-contained: only new tables.
    // measures: by status (counts), by village (the grid), by room (occupancy), by person (drawer); today reads
    // only those ending today ([status+plannedEnd]) and those not seen lately ([status+lastSeenOn]).
    // healthChecks: one per measure and day; the village grid reads [villageId+date]; feverOn is sparse.
    // nucleicTests: openDue (sparse, due and overdue) and positiveOn (sparse) feed the today screen.
    version: 4,
    stores: {
      measures: 'id, personId, status, roomId, [villageId+status], [status+plannedEnd], [status+lastSeenOn]',
      sites: 'id',
      healthChecks: 'id, &[measureId+date], [villageId+date], feverOn',
      nucleicTests: 'id, measureId, openDue, positiveOn',
    },
  },
]

/** The newest schema version. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version
