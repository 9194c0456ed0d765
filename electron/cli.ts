/**
 * Headless commands for IT staff and batch work. They open the same database and run the same
 * handlers as the app. Usage: npm run cli -- <command> [options]
 */
import { parseArgs } from 'node:util';
import { AppError } from '../shared/errors';
import { UsageError, type CliCommand, type CliOptions } from './cli/command';
import { backupCommand } from './cli/commands/backup';
import { call } from './cli/commands/call';
import { exportCommand } from './cli/commands/export';
import { importCommand } from './cli/commands/import';
import { info } from './cli/commands/info';
import { list } from './cli/commands/list';
import { reportCommand } from './cli/commands/report';
import { openCore } from './cli/open';

const commands: Record<string, CliCommand> = {
  import: importCommand,
  export: exportCommand,
  list,
  info,
  call,
  backup: backupCommand,
  report: reportCommand,
};

function usage(): string {
  const lines = Object.values(commands).flatMap((c) => c.usage.map((u) => `  ${u}`));
  return `用法：npm run cli -- <命令> [选项]\n${lines.join('\n')}\n选项 --db PATH：数据库文件（默认：应用数据文件夹中的 ledger.sqlite）`;
}

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean' },
      ledger: { type: 'string' },
      sheet: { type: 'string' },
      out: { type: 'string' },
      date: { type: 'string' },
      mask: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [name, ...rest] = positionals;
  if (!name || values.help) {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) throw new UsageError(`未知命令：${name}\n${usage()}`);
  const options: CliOptions = values;
  command.check?.(rest, options);
  const core = openCore(options.db);
  try {
    return await command.run(core, rest, options);
  } finally {
    core.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    if (error instanceof UsageError || error instanceof AppError) console.error(error.message);
    else if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      console.error(`参数有误：${(error as Error).message}\n${usage()}`);
    else console.error(`出错了：${(error as Error).message}`);
    process.exitCode = error instanceof UsageError || !(error instanceof AppError) ? 2 : 1;
  },
);
