import type { Input, Method, Output } from './contract';
import type { Result } from './errors';

/** A file the user chose, copied into the app's staging folder; handlers read it by id. */
export interface StagedFile {
  fileId: string;
  name: string;
  size: number;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** What the preload (Electron) or the HTTP client (browser mode) gives the renderer: nothing more. */
export interface PlatformApi {
  invoke<M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
  /** Lets the user pick a file; it is staged for the handlers. Null when cancelled. */
  openFile(options: { title: string; filters: FileFilter[] }): Promise<StagedFile | null>;
  /** Hands a file a handler produced to the user (save dialog, or a download). Null when cancelled. */
  saveFile(options: { fileId: string; suggestedName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Prints the app page at the given route (a print view). */
  print(options: { route: string }): Promise<void>;
  /** Saves the app page at the given route as a PDF. Null when cancelled. */
  printToPdf(options: { route: string; suggestedName: string }): Promise<string | null>;
  /** Lets the user pick a folder (a USB drive) and answers its path; null when cancelled or in browser mode. */
  pickFolder(options: { title: string }): Promise<string | null>;
}

export const platformKeys = ['invoke', 'openFile', 'saveFile', 'print', 'printToPdf', 'pickFolder'] as const;
