import { describe, expect, it } from 'vitest';
import { tagScanner } from '../../../electron/core/excel/read/tagScanner';

const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- a comment with <tags> & > inside -->
<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
<x:row r="1" spans="1:3"><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve"> 王 &amp; 李 &#x4E2D;&#20013; </x:t></x:is></x:c>
<x:c r='B1' s="2" title="a > b"><x:v>44809</x:v></x:c><x:c r="C1" t="str"><x:f>A1&amp;"&lt;"</x:f><x:v><![CDATA[<raw> & ]]]]><![CDATA[>]]></x:v></x:c></x:row>
<x:row r="2"/><x:row r="3"><x:c r="A3" t="e"><x:v>#N/A</x:v></x:c></x:row>
</x:sheetData></x:worksheet>`;

type Event = [string, ...unknown[]];

/** The events of the document fed in the given pieces, adjacent texts joined. */
function events(pieces: string[]): Event[] {
  const seen: Event[] = [];
  const parser = tagScanner({
    open: (name, attributes) => seen.push(['open', name, { ...attributes }]),
    close: (name) => seen.push(['close', name]),
    text: (text) => {
      const last = seen.at(-1);
      if (last?.[0] === 'text') last[1] = `${String(last[1])}${text}`;
      else seen.push(['text', text]);
    },
  });
  for (const piece of pieces) parser.write(piece);
  parser.end();
  return seen;
}

describe('tagScanner', () => {
  const whole = events([DOCUMENT]);

  it('reads elements without prefixes, attributes in either quotes, entities, CDATA, and skips comments', () => {
    expect(whole.filter((e) => e[0] !== 'text' || String(e[1]).trim())).toEqual([
      ['open', 'worksheet', { x: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main' }],
      ['open', 'sheetData', {}],
      ['open', 'row', { r: '1', spans: '1:3' }],
      ['open', 'c', { r: 'A1', t: 'inlineStr' }],
      ['open', 'is', {}],
      ['open', 't', { space: 'preserve' }],
      ['text', ' 王 & 李 中中 '],
      ['close', 't'],
      ['close', 'is'],
      ['close', 'c'],
      ['open', 'c', { r: 'B1', s: '2', title: 'a > b' }],
      ['open', 'v', {}],
      ['text', '44809'],
      ['close', 'v'],
      ['close', 'c'],
      ['open', 'c', { r: 'C1', t: 'str' }],
      ['open', 'f', {}],
      ['text', 'A1&"<"'],
      ['close', 'f'],
      ['open', 'v', {}],
      ['text', '<raw> & ]]>'],
      ['close', 'v'],
      ['close', 'c'],
      ['close', 'row'],
      ['open', 'row', { r: '2' }],
      ['close', 'row'],
      ['open', 'row', { r: '3' }],
      ['open', 'c', { r: 'A3', t: 'e' }],
      ['open', 'v', {}],
      ['text', '#N/A'],
      ['close', 'v'],
      ['close', 'c'],
      ['close', 'row'],
      ['close', 'sheetData'],
      ['close', 'worksheet'],
    ]);
  });

  it('gives the same events however the document is cut into chunks', () => {
    for (let i = 1; i < DOCUMENT.length; i++) {
      expect(events([DOCUMENT.slice(0, i), DOCUMENT.slice(i)]), `cut at ${i}`).toEqual(whole);
    }
    for (const size of [1, 2, 3, 7, 64]) {
      const pieces: string[] = [];
      for (let i = 0; i < DOCUMENT.length; i += size) pieces.push(DOCUMENT.slice(i, i + size));
      expect(events(pieces), `pieces of ${size}`).toEqual(whole);
    }
  });

  it('reads only the attributes asked for', () => {
    const opened: [string, Record<string, string>][] = [];
    const parser = tagScanner({ open: (name, attributes) => opened.push([name, attributes]) }, new Set(['c']));
    parser.write('<row r="1" spans="1:2"><c r="A1" s="1"><v>1</v></c></row>');
    parser.end();
    expect(opened).toEqual([
      ['row', {}],
      ['c', { r: 'A1', s: '1' }],
      ['v', {}],
    ]);
  });
});
