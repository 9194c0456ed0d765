/** The events the .xlsx parts are read as (see tagScanner.ts, which makes them). */
import { tagScanner } from './tagScanner';

export type Attributes = Record<string, string>;

export interface XmlHandler {
  open?(name: string, attributes: Attributes): void;
  close?(name: string): void;
  /** Text between tags, entities decoded; it may come in pieces. */
  text?(text: string): void;
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
