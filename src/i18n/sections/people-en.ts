import type { peopleZh } from './people-zh'

/** The English labels and messages of the people register, with the same keys as {@link peopleZh}. */
export const peopleEn: typeof peopleZh = {
  people: {
    documentTypes: {
      'resident-id': 'Resident ID',
      'hmt-permit': 'HK/Macao/Taiwan residence permit',
      passport: 'Passport',
      'foreign-permanent': "Foreigner's permanent residence card",
      none: 'No document',
    },
    sexes: { male: 'Male', female: 'Female', unknown: 'Unknown' },
    episodeKinds: {
      returnee: 'Returnee',
      incoming: 'Incoming',
      inbound: 'Inbound from abroad',
      'close-contact': 'Close contact',
      'secondary-contact': 'Secondary contact',
      'county-list': 'County list',
    },
    riskLevels: { none: 'No risk', low: 'Low risk', medium: 'Medium risk', high: 'High risk', unknown: 'Unknown' },
    healthCodeColours: { green: 'Green', yellow: 'Yellow', red: 'Red', none: 'Not seen' },
    testResults: { negative: 'Negative', positive: 'Positive', pending: 'Pending', none: 'No test proof' },
    transports: {
      train: 'Train',
      flight: 'Flight',
      car: 'Own car',
      bus: 'Coach',
      ship: 'Ship',
      other: 'Other',
      none: 'Not given',
    },
    responsibleRoles: {
      townshipCadre: 'Township cadre',
      villageCadre: 'Village cadre',
      police: 'Police officer',
      doctor: 'Village doctor',
      gridMember: 'Grid member',
    },
    documentChecks: {
      ok: 'Checked',
      'needs-checking': 'Needs checking',
      damaged: 'Damaged by Excel',
      'not-checked': 'Not checked',
    },
    duplicateReasons: {
      sameDocument: 'Same document number',
      namePhone: 'Same name and phone',
      nameBirthDate: 'Same name and birth date',
      documentOneOff: 'Document number one character off',
      documentSwapped: 'Document number with two neighbouring characters swapped',
    },
    fields: {
      name: 'Name',
      documentType: 'Document type',
      documentNumber: 'Document number',
      sex: 'Sex',
      birthDate: 'Birth date',
      phones: 'Phone',
      village: 'Village',
      grid: 'Grid',
      household: 'Household',
      address: 'Current address',
      notes: 'Notes',
      responsible: 'Responsible people',
      kind: 'Category',
      origin: 'Coming from',
      originRisk: 'Risk level of origin',
      departureDate: 'Departure date',
      arrivalDate: 'Arrival date',
      transport: 'Transport',
      transportNumber: 'Train / flight / plate',
      healthCode: 'Health code',
      nucleicAcid: 'Nucleic-acid test',
      symptoms: 'Symptoms',
      indexCase: 'Index case',
      contactOf: 'Close contact of',
    },
    notes: {
      upgradedFrom15: 'The old 15-digit ID “{value}” was upgraded to 18 digits.',
      assumedYear: 'The date “{value}” has no year; {year} was assumed. Please confirm.',
    },
  },
  problems: {
    person: {
      name: {
        required: 'Enter the name.',
        length: 'The name “{value}” should be 2 to {max} characters long.',
        characters: 'The name “{value}” contains digits or symbols. Put remarks in the notes.',
      },
      document: {
        missing: 'No document number. If the person really has none, choose “No document”.',
        length:
          'The number “{value}” has the wrong length (IDs and permits 18, old IDs 15, passports 5 to 20 characters).',
        characters: 'The number “{value}” contains characters it should not (IDs are digits, the last may be X).',
        region: 'The number “{value}” does not start with a valid region code.',
        birthDate: 'The birth date in “{value}” does not exist, is in the future or before 1900.',
        checkCharacter: 'The check character of “{value}” is wrong: a digit was mistyped. Saved and flagged.',
        excelScientific:
          'Excel turned the ID “{value}” into scientific notation and lost digits. Ask for the full number again.',
        excelZeros: 'Excel replaced the last three digits of “{value}” with 000. Ask for the full number again.',
        excelNumber: 'The ID “{value}” was stored as a number and lost digits past 15. Ask for the full number again.',
      },
      phone: {
        invalid: '“{value}” is neither a mobile (11 digits, starting 1) nor a landline (e.g. 0835-1234567).',
      },
      sex: {
        mismatch: 'The sex contradicts the ID “{value}” (17th digit odd = male, even = female).',
      },
      birthDate: {
        invalid: 'The birth date “{value}” is not a real date after 1900.',
        future: 'The birth date “{value}” is after today ({today}).',
        mismatch: 'The birth date “{value}” differs from the one in the ID ({document}).',
      },
    },
    episode: {
      date: {
        invalid: 'The date “{value}” is not a real date; use year-month-day.',
        future: 'The date “{value}” is after today ({today}).',
      },
      arrivalBeforeDeparture: 'The arrival date “{value}” is before the departure date ({departure}).',
      indexCase: { required: 'A close contact needs its index case.' },
      contactOf: { required: 'A secondary contact needs its close contact.' },
      origin: { missing: 'Where the person came from is missing.' },
      arrivalDate: { missing: 'The arrival date is missing.' },
    },
  },
}
