/**
 * The file stream handed to exceljs, watched for the failures exceljs misses.
 *
 * When a zip entry's compressed data is damaged, unzipper emits the inflate error on its Parse
 * stream while exceljs is waiting for that entry to end (copying it to a temp file, or parsing
 * it); the entry never ends, exceljs never settles, and the reading would hang for ever. exceljs
 * pipes its input into that Parse stream, so the input sees every stream it is piped into and
 * listens for their errors; every wait on exceljs is raced against the first such error.
 */
import fs from 'node:fs';
import { PassThrough } from 'node:stream';

class WatchedInput extends PassThrough {
  constructor(private readonly onFailure: (error: unknown) => void) {
    super();
  }

  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    destination.on('error', this.onFailure);
    return super.pipe(destination, options);
  }
}

export interface Watched {
  /** The stream to give exceljs. */
  input: PassThrough;
  /** Settles a wait on exceljs, or rejects with the first failure of the file or the zip. */
  race<T>(promise: Promise<T>): Promise<T>;
  close(): void;
}

export function watchedFileStream(file: string): Watched {
  // Not Promise.race against one long-lived promise: every race would leave a reaction on it,
  // and reading 100,000 rows would keep 100,000 of them alive.
  const waiting = new Set<(error: unknown) => void>();
  let failure: { error: unknown } | undefined;
  const fail = (error: unknown) => {
    if (failure) return;
    failure = { error };
    for (const reject of waiting) reject(error);
    waiting.clear();
  };
  const source = fs.createReadStream(file);
  const input = new WatchedInput(fail);
  source.on('error', fail);
  source.pipe(input);
  return {
    input,
    race: <T>(promise: Promise<T>) => {
      if (failure) return Promise.reject(failure.error);
      return new Promise<T>((resolve, reject) => {
        waiting.add(reject);
        promise.then(
          (value) => {
            waiting.delete(reject);
            resolve(value);
          },
          (error: unknown) => {
            waiting.delete(reject);
            reject(error);
          },
        );
      });
    },
    close: () => {
      source.destroy();
      input.destroy();
    },
  };
}
