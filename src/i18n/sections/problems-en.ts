import type { problemsZh } from './problems-zh'

/** en-US problem messages. */
export const problemsEn: typeof problemsZh = {
  problems: {
    required: 'is required',
    nameRequired: 'Enter a user name',
    nameTooLong: 'User names are at most 20 characters',
    nameTaken: 'The name “{value}” is taken',
    passwordTooShort: 'Passwords / PINs have at least 4 characters',
    wrongCredentials: 'Wrong user name or password',
    passwordMismatch: 'The two passwords differ',
    wrongPassword: 'Wrong password',
    lastAdmin: 'This is the last administrator: it cannot be retired or given another role',
    cannotRetireSelf: 'You cannot retire the account you are signed in with',
    alreadySetUp: 'This PC is already set up',
    notSetUp: 'The township is not set up yet',
    notFound: 'The record no longer exists; refresh',
    time: 'Time “{value}” should be HH:mm, e.g. 11:30',
    idleLock: 'Idle lock is a whole number of minutes, 0–240',
    wholeNumber: 'should be a whole number ≥ 0 (is “{value}”)',
    phone: '“{value}” is neither a mobile (11 digits, starting 1) nor a landline (area code-number)',
    gridDuplicate: 'Grid name “{value}” appears twice',
    urbanRuralClass: 'Urban-rural class “{value}” is not in the national table',
    code: {
      empty: 'Enter the 12-digit area code',
      'not-digits': 'Code “{value}” contains non-digits',
      'wrong-length': 'Code “{value}” is not 12 digits',
      scientific: 'Code “{value}” was turned into scientific notation by Excel and lost digits',
      notTownship: '“{value}” is not a township code (ends in 000, digits 7–9 not 000)',
      notVillage: '“{value}” is the township’s own code, not a village code',
      outside: 'Code “{value}” is outside this township ({township})',
      taken: 'Code “{value}” belongs to “{name}”',
      takenRetired: 'Code “{value}” belongs to retired “{name}”: restore it instead',
    },
  },
  fields: {
    name: 'Name', code: 'Code', countyName: 'County', population: 'Population', households: 'Households',
    urbanRuralClass: 'Urban-rural class', secretary: 'Secretary', doctor: 'Doctor', grids: 'Grids', admin: 'Administrator',
    account: 'Account', password: 'Password', current: 'Current password', role: 'Role', reason: 'Reason', file: 'File',
    idleLockMinutes: 'Idle lock', reportWindow: 'Report window', setup: 'Setup',
  },
}
