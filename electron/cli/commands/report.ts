import { isDateText } from '../../../shared/domain/dates';
import { recordAudit } from '../../core/audit/record';
import { displayWidth } from '../../core/excel/export/widths';
import { dailyReport, type DailyReport } from '../../core/reports/daily';
import { writeDailyWorkbook } from '../../core/reports/dailyWorkbook';
import { readSettings } from '../../core/settings/handlers';
import { outFile, UsageError, type CliCommand, type CliOptions } from '../command';

const USAGE = 'report daily --date YYYY-MM-DD [--db PATH] [--json] [--out FILE.xlsx]';
/** The options this command reads; any other is a mistake. */
const OWN: (keyof CliOptions)[] = ['db', 'json', 'out', 'date'];

/** The .xlsx the report goes to (see outFile). */
function checkOut(out: string): string {
  const file = outFile(out, '日报.xlsx');
  if (!/\.xlsx$/i.test(file)) throw new UsageError(`--out 的文件名应以 .xlsx 结尾，例如 日报.xlsx。`);
  return file;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** A short table for the terminal. */
function asText(report: DailyReport): string {
  const lines = [`日报 ${report.date}`];
  for (const [kind, byCommunity] of Object.entries(report.ledgers)) {
    lines.push('', `【${kind}】`, `${pad('社区', 16)}${pad('在册', 8)}${pad('新增', 8)}结案`);
    for (const [community, f] of Object.entries(byCommunity)) {
      lines.push(`${pad(community, 16)}${pad(String(f.active), 8)}${pad(String(f.added), 8)}${f.closed}`);
    }
    const t = report.totals[kind]!;
    lines.push(`${pad('合计', 16)}${pad(String(t.active), 8)}${pad(String(t.added), 8)}${t.closed}`);
  }
  lines.push('', '【其他指标】');
  for (const { label, total } of Object.values(report.indicators)) lines.push(`${pad(label, 16)}${total}`);
  return lines.join('\n');
}

export const reportCommand: CliCommand = {
  usage: [`${USAGE}   某一天的日报：各台账各社区在册、新增、结案及其他指标；--json 输出 JSON，--out 保存为 .xlsx`],
  check(positionals, options) {
    const [form, ...more] = positionals;
    if (form !== 'daily' || more.length > 0) {
      throw new UsageError(`请写明报表种类：${USAGE}\n例如：report daily --date 2026-11-23 --json`);
    }
    const others = (Object.keys(options) as (keyof CliOptions)[]).filter(
      (key) => !OWN.includes(key) && options[key] !== undefined,
    );
    if (others.length > 0) {
      throw new UsageError(`report daily 不接受这些选项：${others.map((k) => `--${k}`).join(' ')}\n用法：${USAGE}`);
    }
    if (!options.date) throw new UsageError(`请用 --date 写明日报的日期，例如：--date 2026-11-23`);
    if (!isDateText(options.date)) {
      throw new UsageError(`日期“${options.date}”无效：请写成 2026-11-23 这样的格式，并确认这一天存在。`);
    }
    if (options.out) checkOut(options.out);
  },
  async run(core, _, options) {
    const date = options.date!;
    const report = dailyReport(core.ctx, date);
    const out = options.out ? checkOut(options.out) : null;
    if (out) {
      try {
        await writeDailyWorkbook(out, report, readSettings(core.ctx).streetName);
      } catch (error) {
        throw new UsageError(
          `无法写入 ${out}：${(error as Error).message}。请检查文件是否正被 Excel/WPS 打开，或换一个保存位置。`,
        );
      }
    }
    core.ctx.db.transaction(() =>
      recordAudit(core.ctx, {
        method: 'cli.report',
        entity: 'report',
        entityId: null,
        before: null,
        after: { report: 'daily', date, format: options.json ? 'json' : out ? 'xlsx' : 'text', out },
      }),
    )();
    if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else if (out) console.log(`已保存 ${date} 的日报到 ${out}`);
    else console.log(asText(report));
    return 0;
  },
};
