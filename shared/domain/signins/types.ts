/** What the sign-in and attendance methods answer with. */

/** A person of the registry as the sign-in desk sees them. */
export interface SigninPerson {
  cadreId: number;
  name: string;
  unit: string;
  phone: string;
  community: string;
  post: string;
}

/** One person's sign-in of one duty day; times are 'YYYY-MM-DD HH:mm' (sign-out maybe the next day). */
export interface SigninRow extends SigninPerson {
  id: number;
  day: string;
  signedIn: string | null;
  signedOut: string | null;
  note: string;
  /** Hours on duty, one decimal; null until signed out. */
  hours: number | null;
}

export interface SigninDay {
  day: string;
  community: string | null;
  rows: SigninRow[];
  /** Registry members of the community active that day who have not signed in. */
  missing: SigninPerson[];
}

/** A search match, with where that person stands on the day asked about. */
export interface SigninMatch extends SigninPerson {
  signinId: number | null;
  signedIn: string | null;
  signedOut: string | null;
}

export interface SigninSheet {
  day: string;
  community: string;
  post: string;
  streetName: string;
  people: SigninPerson[];
}

export interface SigninImportError {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export interface SigninImportResult {
  /** Rows read as sign-ins. */
  rows: number;
  inserted: number;
  updated: number;
  skipped: number;
  /** People not in the registry, added to it. */
  added: { name: string; unit: string; community: string }[];
  errors: SigninImportError[];
}

export interface AttendancePerson {
  cadreId: number;
  name: string;
  unit: string;
  community: string;
  days: number;
  hours: number;
  missingSignOut: number;
}

export interface AttendanceUnit {
  unit: string;
  people: number;
  days: number;
  hours: number;
  missingSignOut: number;
}

export interface AttendanceReport {
  from: string;
  to: string;
  people: AttendancePerson[];
  units: AttendanceUnit[];
}
