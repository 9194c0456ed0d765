/**
 * Every workbook of tests/corpus, imported through the CLI and through the wizard's handlers into a
 * fresh database, compared field by field with its truth. Prints, per workbook and channel, the rows
 * right / flagged / stored wrong / lost (see truth.ts), and a total at the end.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinFields, type BuiltinKind } from '../../../shared/domain/ledgers/builtins';
import { viaCli, viaWizard, type ChannelResult } from './channels';
import { compare, corpusDir, describe as explain, loadCorpus, type Outcome, type Truth } from './truth';

const corpus = loadCorpus();
const tallies: string[] = [];
const total: Record<string, Record<Outcome, number>> = {};

function check(channel: 'cli' | 'wizard', file: string, truth: Truth, result: ChannelResult) {
  const fieldKeys = builtinFields[truth.kind as BuiltinKind].map((d) => d.key);
  const rows = truth.entries.length + truth.errors.length + truth.duplicates.length;
  if (result.failure) {
    tallies.push(`${channel.padEnd(6)} ${file.padEnd(34)} failed: ${result.failure}`);
    const t = (total[channel] ??= { right: 0, flagged: 0, wrong: 0, lost: 0 });
    t.lost += rows;
    expect.fail(`${file} (${channel}): ${result.failure}`);
  }
  const comparison = compare(truth, result.stored, result.said, fieldKeys);
  const { right, flagged, wrong, lost } = comparison.tally;
  tallies.push(
    `${channel.padEnd(6)} ${file.padEnd(34)} rows ${String(rows).padStart(2)}: right ${right}, flagged ${flagged}, stored wrong ${wrong}, lost ${lost}`,
  );
  const t = (total[channel] ??= { right: 0, flagged: 0, wrong: 0, lost: 0 });
  for (const k of Object.keys(t) as Outcome[]) t[k] += comparison.tally[k];
  const problems = explain(comparison);
  expect(problems, `${file} (${channel}) differs from its truth:\n${problems}`).toBe('');
}

afterAll(() => {
  const lines = [...tallies.sort(), ''];
  for (const [channel, t] of Object.entries(total))
    lines.push(
      `${channel}: right ${t.right}, flagged ${t.flagged}, stored wrong ${t.wrong}, lost ${t.lost} (${corpus.length} workbooks)`,
    );
  console.log(`corpus results\n${lines.join('\n')}`);
});

describe('the import corpus', () => {
  it('has at least 30 workbooks, each row of each truth accounted for once', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    for (const { file, truth } of corpus) {
      const rows = [...truth.entries.map((e) => e.at), ...truth.errors, ...truth.duplicates].map(
        (r) => `${r.sheet}!${r.row}`,
      );
      expect(new Set(rows).size, file).toBe(rows.length);
      expect(new Set(truth.entries.map((e) => e.idNumber)).size, file).toBe(truth.entries.length);
    }
  });

  for (const { file, truth } of corpus) {
    const workbook = path.join(corpusDir, file);
    describe(file, () => {
      // CORPUS_PENDING=1 runs the pending workbooks too, to see whether the product has caught up.
      if (truth.pending && !process.env.CORPUS_PENDING) {
        it.todo(`pending: ${truth.pending}`);
        return;
      }
      it('the CLI imports it as its truth says', async () => {
        const fieldKeys = builtinFields[truth.kind as BuiltinKind].map((d) => d.key);
        check('cli', file, truth, await viaCli(workbook, truth.kind, fieldKeys));
      });
      it('the wizard previews and imports it as its truth says', async () => {
        check('wizard', file, truth, await viaWizard(workbook, truth.kind));
      });
    });
  }
});
