/**
 * Checking rows before the user has confirmed the mapping. While the file is still being read,
 * each sheet's rows are checked against the kind and mapping the analysis will suggest; when the
 * preview asks for exactly that (the usual case), the checks are already made. Whatever the
 * preview asks for differently is checked then, as it would have been anyway: a guess only
 * saves time, it never decides anything.
 */
import type { ColumnMapping } from '../../../../shared/domain/excel/imports';
import { todayText } from '../../../../shared/domain/dates';
import type { FieldDef } from '../../../../shared/domain/ledgers/fields';
import type { Ctx } from '../../context';
import { allKinds, type KindDef } from '../../ledgers/kinds';
import type { DetectedHeader } from '../read';
import { analyzeSheet, rememberLayout, type SheetData } from './analyze';
import { isDataRow, rowJudge, type RowJudge } from './dataRow';
import { checkRow, type CheckedRow } from './checkRow';
import { resolveDitto } from './ditto';
import { rowToDraft, type ValueMaps } from './convert';
import { rememberedMapping } from './remembered';
import { columnValueMaps, type ColumnValues } from './values';
import type { Staging } from './staging';
import { searchColumns } from './insertRows';

/** The rows the header is looked for in (see detectHeader). */
const HEAD_ROWS = 15;

/**
 * Everything a row's check depends on besides its cells: two checks with the same key give the
 * same result. Only the column, header and target of a mapping matter (group and note do not).
 */
export function checkKey(
  kind: string,
  defs: FieldDef[],
  today: string,
  community: string | null,
  mapping: ColumnMapping[],
  values: ReadonlyMap<number, ColumnValues>,
): string {
  return JSON.stringify([
    kind,
    defs,
    today,
    community,
    mapping.map((m) => [m.column, m.header, m.target]),
    [...values].map(([column, map]) => [column, [...map]]),
  ]);
}

interface Guess {
  key: string;
  header: DetectedHeader;
  judge: RowJudge;
  mapping: ColumnMapping[];
  community: string | null;
  headers: Map<number, string>;
  defs: FieldDef[];
  values: ValueMaps | undefined;
  today: string;
  /** By row index; rows that are not data have none. */
  checked: (CheckedRow | undefined)[];
  /** The indexes of the rows that are data, as the analysis finds them. */
  dataRows: number[];
  /** The next row index to look at. */
  next: number;
}

export class Speculation {
  /** null: the sheet gives nothing to guess from (no header, no kind, no name or ID column). */
  private guesses = new Map<SheetData, Guess | null>();
  private kinds: KindDef[] | null = null;

  constructor(
    private readonly ctx: Ctx,
    private readonly fileName: string,
    /** Where entries found valid are written ahead for the commit; none, none are. */
    private readonly staging?: Staging,
    /** Told the column of a sheet's names once guessed: the reader thread can make their pinyin. */
    private readonly onNameColumn?: (sheet: SheetData, column: number) => void,
  ) {}

  /** More rows of a sheet were read: check the ones that can be. Never throws. */
  advance(sheet: SheetData, final: boolean): void {
    try {
      this.extend(sheet, final);
    } catch {
      // A guess that fails is no guess: the preview checks the sheet's rows itself, and says
      // what is wrong there if anything is.
      this.guesses.set(sheet, null);
    }
  }

  private extend(sheet: SheetData, final: boolean): void {
    let guess = this.guesses.get(sheet);
    if (guess === null) return;
    if (guess === undefined) {
      if (sheet.rows.length < HEAD_ROWS && !final) return;
      guess = this.guess(sheet);
      this.guesses.set(sheet, guess);
      if (!guess) return;
      const names = guess.mapping.find((m) => m.target === 'name');
      if (names) this.onNameColumn?.(sheet, names.column);
    }
    const { rows } = sheet;
    const made: CheckedRow[] = [];
    for (; guess.next < rows.length; guess.next++) {
      const row = rows[guess.next]!;
      if (!isDataRow(row, guess.judge)) continue;
      const previous = guess.dataRows[guess.dataRows.length - 1];
      resolveDitto(row, previous === undefined ? undefined : rows[previous]);
      guess.dataRows.push(guess.next);
      const checked = checkRow(
        rowToDraft(row.cells, guess.mapping, guess.community, guess.values),
        guess.defs,
        guess.headers,
        guess.today,
      );
      // The search columns too (pinyin above all): here they are made while the file is still read.
      if (checked.entry) {
        checked.search = searchColumns(checked.entry, row.pinyin);
        made.push(checked);
      }
      // Of no more use; the row is kept for the whole import.
      if (row.pinyin) row.pinyin = undefined;
      guess.checked[guess.next] = checked;
    }
    if (this.staging && made.length) {
      const seqs = this.staging.addAll(made.map((c) => ({ entry: c.entry!, search: c.search! })));
      // The staged row holds the search columns now; a row written otherwise makes them again.
      made.forEach((checked, i) => {
        checked.staged = seqs[i];
        checked.search = undefined;
      });
    }
    // The header and data rows found here are what the analysis would find again, over every row.
    if (final) rememberLayout(sheet, { header: guess.header, dataRows: guess.dataRows }, this.kinds!);
  }

  /**
   * The checks made for a sheet, by row index, when they were made with this key; they are
   * handed over once. Any other key gets null.
   */
  take(sheet: SheetData, key: string): (CheckedRow | undefined)[] | null {
    const guess = this.guesses.get(sheet);
    this.guesses.delete(sheet);
    return guess && guess.key === key ? guess.checked : null;
  }

  /** Drops every guess not taken. */
  clear(): void {
    this.guesses.clear();
  }

  /** The analysis of the sheet's first rows, as imports.analysis will make it for a one-sheet file. */
  private guess(sheet: SheetData): Guess | null {
    const ctx = this.ctx;
    this.kinds ??= allKinds(ctx);
    const communities = ctx.db.prepare('SELECT name FROM communities').pluck().all() as string[];
    const remembered = rememberedMapping(ctx.db);
    // A copy of the head: the analysis keeps what it finds about a sheet, and this one is still growing.
    const head: SheetData = { name: sheet.name, hidden: sheet.hidden, rows: sheet.rows.slice(0, HEAD_ROWS) };
    const { header, analysis } = analyzeSheet(head, this.kinds, null, {
      fileName: this.fileName,
      communities,
      remembered,
    });
    const kind = this.kinds.find((k) => k.key === analysis.suggestedKind);
    const has = (target: string) => analysis.mapping.some((m) => m.target === target);
    if (!header || !kind || !has('name') || !has('idNumber')) return null;
    const today = todayText(ctx.now());
    const byColumn = columnValueMaps(analysis.mapping, kind.fields);
    return {
      key: checkKey(kind.key, kind.fields, today, analysis.community, analysis.mapping, byColumn),
      values: byColumn.size ? { defs: kind.fields, byColumn } : undefined,
      header,
      judge: rowJudge(header),
      mapping: analysis.mapping,
      community: analysis.community,
      headers: new Map(analysis.mapping.map((m) => [m.column, m.header])),
      defs: kind.fields,
      today,
      checked: [],
      dataRows: [],
      next: 0,
    };
  }
}
