import type { Transaction } from 'dexie'
import {
  chunkReceivedRecords,
  upgradeToV17,
  upgradeToV18,
  upgradeToV2,
  upgradeToV20,
  upgradeToV23,
  upgradeToV24,
} from './schema-upgrades'

/** One schema version: the stores it declares and how data from the version before is brought up to it. */
export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  upgrade?: (tx: Transaction) => Promise<void> | void
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
    // persons drops two indexes nothing reads (`name`: likely duplicates are found through searchKeys;
    // `mergedInto`: a merged row is read by id). Each index is one more write per person, and an import of
    // 20k people spends most of its time writing index entries. Rows are unchanged.
    version: 4,
    stores: {
      persons:
        'id, [documentType+documentNumber], updatedAt, *searchKeys, *kindKeys, latestArrival, ' +
        '[villageId+latestArrival], [gridId+latestArrival], [latestRisk+latestArrival], ' +
        '[needsChecking+latestArrival], nameOrder',
    },
  },
  {
    // The wartime log (issue 8): append-only log entries chained by hash, the chain's head, dispatch orders,
    // incidents with their first-time actions, and the playbooks they start from. logEntries is read by time
    // (today / shift / range), by chain number (verification) and by link (a person's, an order's or an
    // incident's timeline); orders by state (open ones) and deadline.
    version: 5,
    stores: {
      logEntries: 'id, &seq, occurredAt, *linkKeys',
      logHead: 'id',
      orders: 'id, state, deadline',
      incidents: 'id, state, reportedAt',
      playbooks: 'id',
    },
  },
  {
    // Supplies (issue 6): the catalogue, stock points, posted documents, the movement ledger, balances per
    // item + location + batch, each item's total and its daily figures. Balances, totals and daily figures are
    // kept in the same transaction as the movements (db/repositories/stock-posting-repository.ts). Movements are
    // listed by date, by item and date (stock card, export) and by document (reversal).
    version: 6,
    stores: {
      supplyItems: 'id, &code',
      stockLocations: 'id',
      stockDocuments: 'id, &number, date, reversesId',
      stockMovements: 'id, documentId, date, [itemId+date]',
      stockBalances: 'id, itemId, locationId, expiry',
      supplyTotals: 'itemId',
      supplyDays: 'id, date',
    },
  },
  {
    // Control measures (issue 4): measures, quarantine sites, daily health checks and
    // the nucleic-acid tests generated from the measures' test days. Self-contained: only new tables.
    // measures: by status (counts), by village (the grid), by room (occupancy), by person (drawer); today reads
    // only those ending today ([status+plannedEnd]) and those not seen lately ([status+lastSeenOn]).
    // healthChecks: one per measure and day; the village grid reads [villageId+date]; feverOn is sparse.
    // nucleicTests: openDue (sparse, due and overdue) and positiveOn (sparse) feed the today screen.
    version: 7,
    stores: {
      measures: 'id, personId, status, roomId, [villageId+status], [status+plannedEnd], [status+lastSeenOn]',
      sites: 'id',
      healthChecks: 'id, &[measureId+date], [villageId+date], feverOn',
      nucleicTests: 'id, measureId, openDue, positiveOn',
    },
  },
  {
    // The village risk map (issue 5): dated risk decisions (never edited; the village panel reads one
    // village's by villageId, the map and its replay read them all), one geometry layer per kind (the kind is the
    // key), the schematic tiles (one per village, keyed by village) and the map's settings (label wording).
    version: 8,
    stores: {
      riskDecisions: 'id, villageId',
      mapLayers: 'id',
      schematicTiles: 'villageId',
      mapSettings: 'id',
    },
  },
  {
    // Duty 值班 (issue 7): the staff register, the shift pattern in force (one row, id 'current'), the roster as
    // one row per day keyed by its date (a month is a primary-key range), leave requests 外出报备, swap requests
    // 换班 and each shift's sign-in and handover record (id '<date>|<shift key>').
    version: 9,
    stores: {
      dutyStaff: 'id',
      dutyPatterns: 'id',
      dutyDays: 'id',
      leaveRequests: 'id, to',
      swapRequests: 'id',
      dutyShiftRecords: 'id',
    },
  },
  {
    // Data packs (issue 9): the export log, the log of packs received, and the records those packs
    // carried, kept apart from the local registers. packRecords' key is `<township>|<table>|<record id>`, so one
    // township's table is a key range and needs no other index (each index costs write time on a 100k import).
    version: 10,
    stores: {
      packExports: 'id, recipient, createdAt',
      packImports: 'id, importedAt, township.code',
      packRecords: 'id',
    },
  },
  {
    // Mass testing rounds 全员核酸 and local rule packs (issue 4, second half). Only new tables.
    // roundTargets: the people a round must test, found by register number or ID number as they are scanned;
    // pendingVillage is sparse (removed once sampled), so the 应检尽检 list is one index range per village.
    // poolTubes: by tube number within a round (unique), positives by [roundId+result].
    // roundSamples: the unique indexes refuse one person twice in a round and two people in one tube position.
    // roundCoverage: per-village counters (`<round>|<village>`), maintained with every sample: coverage is a key
    // range of ~20 rows, never a count over 300k samples.
    // localPacks: rule packs written or overridden here (`<pack id>@<version>`), next to the shipped ones.
    version: 11,
    stores: {
      testingRounds: 'id, from',
      roundTargets: 'id, &[roundId+registerNo], [roundId+documentNumber], [roundId+pendingVillage]',
      poolTubes: 'id, &[roundId+tubeNo], [roundId+result]',
      roundSamples: 'id, &[roundId+targetId], &[tubeId+position]',
      roundCoverage: 'id',
      localPacks: 'id',
    },
  },
  {
    // The dispatch board and the township figures (issue 10): releases are counted by day (measures'
    // releasedOn), tests due and done by day (nucleicTests' dueOn and sampledOn), so the board and the daily
    // report read one window's rows instead of every measure or test. meetings holds the 调度会 records,
    // listed newest first. (v11 belongs to another branch; a gap is fine for Dexie.)
    version: 12,
    stores: {
      measures:
        'id, personId, status, roomId, [villageId+status], [status+plannedEnd], [status+lastSeenOn], releasedOn',
      nucleicTests: 'id, measureId, openDue, positiveOn, dueOn, sampledOn',
      meetings: 'id, startedAt',
    },
  },
  {
    // The daily report 日报 / 零报告 (issue 9): every version of every day's report. A day's versions are read by
    // reportDate; [reportDate+version] is unique, so two drafts of the same version can never be created at once.
    version: 13,
    stores: {
      reports: 'id, reportDate, &[reportDate+version]',
    },
  },
  {
    // Ledgers 台账 (issue 9): the county's export template per register (columns, order, headers, title row,
    // date format), keyed by the register's key; read one at a time or all together, so no other index.
    // packRecords keeps its key but holds chunks of received records (`<township>|<table>|#<bucket>`) instead
    // of one row per record: a 100k-person import writes 64 rows per table, not 100k.
    version: 14,
    stores: {
      ledgerTemplates: 'id',
    },
    upgrade: chunkReceivedRecords,
  },
  {
    // The risk map's suggestion rules (issue 5, second part): the rules a leader edits, one row each, read all
    // at once (a handful). Quarantine sites' map locations are optional fields on the sites: no index.
    version: 15,
    stores: {
      riskRules: 'id',
    },
  },
  {
    // Supplies (issue 6, second part): the reserve fund's amount 防疫储备金, one row keyed 'reserve', part of the
    // township's data instead of one PC's localStorage. Items gain optional retiredAt fields (no index: the
    // catalogue is a few hundred rows read whole).
    version: 16,
    stores: {
      supplyFunds: 'id',
    },
  },
  {
    // People import speed (issue 3): every index entry is one more write per row, and a 20k import spent most of
    // its time writing them. episodes drops `kind` and `arrivalDate` (nothing reads them: a person's episodes are
    // read by personId, a contact's by contactOf, the register's version by createdAt). The persons indexes are
    // unchanged, but each listed person carries one kind key less per kind (upgradeToV17).
    version: 17,
    stores: {
      episodes: 'id, personId, createdAt, contactOf',
    },
    upgrade: upgradeToV17,
  },
  {
    // People import speed (issue 3, third pass): a number's suffix search goes through ONE reversed key per
    // number (`~` + its digits reversed) instead of keys for the last 4 and 6 digits, so a resident-ID holder
    // carries one search key less and any 3+ trailing digits find them. Indexes unchanged; upgradeToV18
    // rewrites every listed person's search keys.
    version: 18,
    stores: {},
    upgrade: upgradeToV18,
  },
  {
    // Figure speed (issues 9 and 10): 累计排查 (screened.*) counted every episode by category up to an instant, and
    // with no index on the category that was a read of the whole register (150k rows, seconds). The compound
    // `[kind+createdAt]` makes each category's count an index count, no row read; one index entry per episode
    // instead of the two v17 dropped. Orders gain `doneAt` (set once an order is done): the orders done in a
    // window were every done order read and filtered. IndexedDB builds both from the existing rows: no data changes.
    version: 19,
    stores: {
      episodes: 'id, personId, createdAt, contactOf, [kind+createdAt]',
      orders: 'id, state, deadline, doneAt',
    },
  },
  {
    // Figure speed (issues 9 and 10), maintained counters: even on v19's index, 累计排查 walked every episode's
    // index entry (IndexedDB keeps no count), about a second at 150k. `tallies` holds the episodes' count per
    // category, kept by the tally middleware (tallies.ts) in the transaction of every episode write;
    // upgradeToV20 counts the episodes already there.
    version: 20,
    stores: {
      tallies: 'key',
    },
    upgrade: upgradeToV20,
  },
  {
    // Today's change of the county-list figures (issue 10): the rows received (`createdAt`) and verified
    // (`verifiedAt`) since an instant, so the figures know the level at the window's start from the day's few
    // rows instead of every row. IndexedDB builds both from the rows already there: no data changes.
    version: 21,
    stores: {
      countyListRows:
        'id, listId, [listId+result], [listId+villageId], personId, documentNumber, createdAt, verifiedAt',
    },
  },
  {
    // Today's change of 逾期未检 (issue 10): a test's result is dated (`closedAt`, stamped by test-closings.ts when
    // a write closes it), so the tests open at the window's start are the open ones and those closed since — a
    // day's few rows on this sparse index. Tests closed earlier have no date: nothing to migrate.
    version: 22,
    stores: {
      nucleicTests: 'id, measureId, openDue, positiveOn, dueOn, sampledOn, closedAt',
    },
  },
  {
    // New registrations of a day without counting them (issue 10): the tally middleware also counts episodes by
    // category and local day of registration (`episodes.kindDay:<kind>|<day>`); upgradeToV23 counts those
    // already there. No index changes.
    version: 23,
    stores: {},
    upgrade: upgradeToV23,
  },
  {
    // People per village without counting them (the map, issue 5; the board's map, issue 10): the tally
    // middleware also counts listed people by village (`persons.village:<id>`), and every person's row
    // (`persons.rows:all`, the import's register fingerprint). Counting each village on
    // `[villageId+latestArrival]` walked every person's index entry, 1–2 s of the database's time at 100k people
    // on every visit to the map; counting the persons and episodes tables, ~0.7 s per import check.
    // upgradeToV24 counts those already there. No index changes.
    version: 24,
    stores: {},
    upgrade: upgradeToV24,
  },
]

/** The newest schema version. */
export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version
