/**
 * A scanner of XML tags, resumable across chunks, made for the parts of an .xlsx, whose XML is
 * plain and machine-written: elements with their attributes, and text with entities decoded (by
 * the entities library); comments, processing instructions and declarations are skipped, CDATA is
 * text. Names come without their namespace prefix (most writers use none, some write <x:row>).
 *
 * It is made for speed, not to check the XML: the sheet data of a large workbook is a million
 * cells and more, and reading it is most of an import's work. Reading the benchmark's
 * 100,000-row workbook took 1.5 s with saxes and 1.25 s with htmlparser2's tokenizer, 1.1 s with
 * this, and 0.7 s once the sheet reader takes the usual shape of a cell in one step (its
 * shortcut, see sheetXml.ts). The reader itself checks that the parts it needs end as they should.
 */
import { decodeXML } from 'entities';
import type { Attributes, XmlHandler, XmlParser } from './xml';

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const DQUOTE = 34;
const SQUOTE = 39;
const EQUALS = 61;

const decode = (text: string) => (text.includes('&') ? decodeXML(text) : text);
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

const NO_ATTRIBUTES: Attributes = Object.freeze({}) as Attributes;

/** The index of the '>' that ends the tag starting at start, quotes respected; -1 if not in text. */
function tagEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === GT) return i;
    if (code === DQUOTE || code === SQUOTE) {
      const close = text.indexOf(code === DQUOTE ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/** The attributes of an opening tag's text after its name (between from and to). */
function attributesOf(text: string, from: number, to: number): Attributes {
  let attributes: Attributes | null = null;
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    const nameStart = i;
    while (i < to && text.charCodeAt(i) !== EQUALS && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== SLASH) i++;
    if (i === nameStart) {
      i++;
      continue;
    }
    const name = localName(text.slice(nameStart, i));
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== EQUALS) continue;
    i++;
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    const quote = text.charCodeAt(i);
    if (quote !== DQUOTE && quote !== SQUOTE) continue;
    const close = text.indexOf(quote === DQUOTE ? '"' : "'", i + 1);
    if (close < 0 || close > to) break;
    attributes ??= {};
    // The first of two same-named attributes counts; '__proto__' and the like are not kept.
    if (!Object.hasOwn(attributes, name) && !(name in Object.prototype))
      attributes[name] = decode(text.slice(i + 1, close));
    i = close + 1;
  }
  return attributes ?? NO_ATTRIBUTES;
}

/** wanted: the elements whose attributes the handler reads (the others' are not parsed); all by default. */
export function tagScanner(handler: XmlHandler, wanted?: ReadonlySet<string>): XmlParser {
  const { open, close, text, shortcut } = handler;
  /** What the last chunk left unscanned: a tag, a comment or a text cut off by its end. */
  let carry = '';

  /**
   * Scans buffer from `from`; returns where what is left begins: a construct (or a text) that the
   * buffer's end cuts off, or the buffer's length. With final, the buffer is all there is.
   */
  function scan(buffer: string, from: number, final: boolean): number {
    let pos = from;
    for (;;) {
      const lt = buffer.indexOf('<', pos);
      if (lt < 0) {
        if (!final) return pos;
        if (pos < buffer.length) text?.(decode(buffer.slice(pos)));
        return buffer.length;
      }
      if (lt > pos) text?.(decode(buffer.slice(pos, lt)));
      const taken = shortcut ? shortcut(buffer, lt) : -1;
      if (taken >= 0) {
        pos = taken;
        continue;
      }
      const next = buffer.charCodeAt(lt + 1);
      let end: number;
      if (next === BANG) {
        if (buffer.startsWith('<![CDATA[', lt)) {
          end = buffer.indexOf(']]>', lt + 9);
          if (end >= 0) text?.(buffer.slice(lt + 9, end));
          end = end < 0 ? -1 : end + 2;
        } else if (buffer.startsWith('<!--', lt)) {
          end = buffer.indexOf('-->', lt + 4);
          end = end < 0 ? -1 : end + 2;
        } else end = tagEnd(buffer, lt);
      } else if (next === QUESTION) {
        end = buffer.indexOf('?>', lt + 2);
        end = end < 0 ? -1 : end + 1;
      } else {
        end = tagEnd(buffer, lt);
        if (end >= 0) {
          if (next === SLASH) close?.(localName(buffer.slice(lt + 2, end).trim()));
          else {
            const selfClosing = buffer.charCodeAt(end - 1) === SLASH;
            const last = selfClosing ? end - 1 : end;
            let nameEnd = lt + 1;
            while (nameEnd < last && !isSpace(buffer.charCodeAt(nameEnd))) nameEnd++;
            const name = localName(buffer.slice(lt + 1, nameEnd));
            open?.(
              name,
              nameEnd < last && (!wanted || wanted.has(name)) ? attributesOf(buffer, nameEnd, last) : NO_ATTRIBUTES,
            );
            if (selfClosing) close?.(name);
          }
        }
      }
      // Cut off by the chunk's end: scanned again with the next chunk.
      if (end < 0) return final ? buffer.length : lt;
      pos = end + 1;
    }
  }

  /**
   * Finishes what the last chunk cut off with the head of this one, joined on a short string
   * rather than a copy of the whole chunk; returns where in the chunk scanning goes on, or -1
   * when the whole chunk went into what is still cut off (a very long text or comment).
   */
  function finishCarry(chunk: string): number {
    for (let take = Math.min(chunk.length, 1024); ; take = Math.min(chunk.length, take * 8)) {
      const joined = carry + chunk.slice(0, take);
      const stopped = scan(joined, 0, false);
      if (stopped >= carry.length) {
        carry = '';
        return stopped - (joined.length - take);
      }
      if (take === chunk.length) {
        carry = joined.slice(stopped);
        return -1;
      }
    }
  }

  return {
    write(chunk) {
      const start = carry ? finishCarry(chunk) : 0;
      if (start < 0) return;
      carry = chunk.slice(scan(chunk, start, false));
    },
    end() {
      const buffer = carry;
      carry = '';
      if (buffer) scan(buffer, 0, true);
    },
  };
}
