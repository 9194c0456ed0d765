/**
 * Headless commands for IT staff and batch work. They open the same data folder and run the same
 * handlers as the app. Usage: npm run cli -- <command> [options]
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { AppError } from '../shared/errors';
import pkg from '../package.json' with { type: 'json' };
import { openApp, type AppCore } from './core/app';
import { resolveDataDir } from './core/paths';

const usage = `用法：npm run cli -- <命令> [选项]
  info [--db PATH]                     显示数据文件位置与版本
  call METHOD [JSON] [--db PATH]       调用一个接口方法，输出 JSON 结果
选项 --db PATH：数据库文件（默认：应用的数据文件夹中的 ledger.sqlite）`;

function openCore(dbOption: string | undefined): AppCore {
  const dataDir = dbOption ? path.dirname(path.resolve(dbOption)) : resolveDataDir();
  return openApp({ dataDir, mode: 'cli', version: pkg.version, lock: false });
}

function run(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...rest] = positionals;
  if (!command || values.help) {
    console.log(usage);
    return command ? 0 : 2;
  }
  const core = openCore(values.db);
  try {
    switch (command) {
      case 'info':
        console.log(JSON.stringify(core.invoke('app.info', {}), null, 2));
        return 0;
      case 'call': {
        const [method, json] = rest;
        let input: unknown = {};
        try {
          input = json ? JSON.parse(json) : {};
        } catch {
          console.error('参数不是有效的 JSON。');
          return 2;
        }
        const result = core.invoke(method, input);
        console.log(JSON.stringify(result, null, 2));
        return result.ok ? 0 : 1;
      }
      default:
        console.error(`未知命令：${command}\n${usage}`);
        return 2;
    }
  } finally {
    core.close();
  }
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof AppError ? error.message : `出错了：${(error as Error).message}`);
  process.exitCode = 2;
}
