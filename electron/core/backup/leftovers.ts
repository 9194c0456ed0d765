/** Removes what a crash can leave behind: half-written backups and restore copies never renamed. */
import fs from 'node:fs';
import path from 'node:path';
import { backupDir } from './folder';
import { partialPrefix } from './names';
import { stagedMarker } from './stage';

/** Only for the app that holds the folder's lock: nobody else can be writing these. */
export function removeLeftovers(dbFile: string): string[] {
  const removed: string[] = [];
  const sweep = (dir: string, isLeftover: (name: string) => boolean) => {
    let names: string[] = [];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.filter(isLeftover)) {
      fs.rmSync(path.join(dir, name), { force: true });
      removed.push(name);
    }
  };
  const dataName = path.basename(dbFile);
  sweep(
    path.dirname(dbFile),
    (name) => name.startsWith(`${dataName}${stagedMarker}`) || name.endsWith('.json.partial'),
  );
  sweep(backupDir(dbFile), (name) => name.startsWith(partialPrefix) || name.endsWith('.json.partial'));
  return removed;
}
