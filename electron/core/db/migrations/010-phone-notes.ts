import type { Migration } from './index';

/**
 * Whose each telephone number is (本人, 丈夫, 紧急联系人 …), as a JSON object number -> note beside
 * the JSON array of numbers. Entries made before have no notes.
 */
export const m010PhoneNotes: Migration = {
  version: 10,
  name: 'phone notes',
  up(db) {
    db.exec(`ALTER TABLE entries ADD COLUMN phone_notes TEXT NOT NULL DEFAULT '{}'`);
  },
};
