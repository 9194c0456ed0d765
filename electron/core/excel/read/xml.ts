/** The events the .xlsx parts are read as (see tagScanner.ts, which makes them). */
import { tagScanner } from './tagScanner';

export type Attributes = Record<string, string>;

export interface XmlHandler {
  open?(name: string, attributes: Attributes): void;
  close?(name: string): void;
  /** Text between tags, entities decoded; it may come in pieces. */
  text?(text: string): void;
  /**
   * Offered each '<' first: it may take a whole construct it knows there and return the index
   * after it, or return -1 to leave it to the scanner. For the common shapes of a large part.
   */
  shortcut?(buffer: string, at: number): number;
}

export interface XmlParser {
  write(chunk: string): void;
  end(): void;
}

/** Parses a whole document, every element's attributes read. */
export function parseXml(xml: string, handler: XmlHandler): void {
  const parser = tagScanner(handler);
  parser.write(xml);
  parser.end();
}
