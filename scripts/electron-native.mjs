// Builds better-sqlite3 for Electron into .native/electron/, beside (never over) the Node build in
// node_modules that tests and the CLI load. Electron's main process picks it up through
// better-sqlite3's nativeBinding option. Usage: node scripts/electron-native.mjs [--platform P] [--arch A]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { electronVersion } from './electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { platform: { type: 'string', default: process.platform }, arch: { type: 'string', default: process.arch } },
});
const source = path.join(root, 'node_modules', 'better-sqlite3');
const outDir = path.join(root, '.native', 'electron');
const target = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'stamp.json');
const stamp = {
  electron: electronVersion(),
  betterSqlite3: JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')).version,
  platform: values.platform,
  arch: values.arch,
};

if (fs.existsSync(target) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === JSON.stringify(stamp)) {
  process.exit(0);
}

console.log(`正在为 Electron ${stamp.electron}（${stamp.platform}-${stamp.arch}）准备 better-sqlite3 …`);
const work = path.join(root, '.native', 'work');
fs.rmSync(work, { recursive: true, force: true });
fs.cpSync(source, work, {
  recursive: true,
  filter: (file) => !file.includes(`${path.sep}build${path.sep}`) && !file.endsWith(`${path.sep}build`),
});

// The machine's npm may point node-gyp at Node's own headers; Electron needs its own.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_nodedir$/i.test(key)));
const run = (command, args) =>
  spawnSync(command, args, { cwd: work, env, stdio: 'inherit', shell: process.platform === 'win32' });

const prebuild = path.join(root, 'node_modules', 'prebuild-install', 'bin.js');
let result = run(process.execPath, [
  prebuild,
  '--runtime=electron',
  `--target=${stamp.electron}`,
  `--arch=${stamp.arch}`,
  `--platform=${stamp.platform}`,
]);
if (result.status !== 0 && stamp.platform === process.platform) {
  const nodeGyp = process.env.npm_config_node_gyp ?? 'node-gyp';
  const gypArgs = [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${stamp.electron}`,
    `--arch=${stamp.arch}`,
    '--dist-url=https://electronjs.org/headers',
  ];
  result = nodeGyp.endsWith('.js') ? run(process.execPath, [nodeGyp, ...gypArgs]) : run(nodeGyp, gypArgs);
}
const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');
if (result.status !== 0 || !fs.existsSync(built)) {
  console.error('无法为 Electron 准备 better-sqlite3：需要网络下载预编译文件或 Electron 头文件。');
  process.exit(1);
}
fs.mkdirSync(outDir, { recursive: true });
fs.copyFileSync(built, target);
fs.writeFileSync(stampFile, JSON.stringify(stamp));
fs.rmSync(work, { recursive: true, force: true });
console.log(`已生成 ${path.relative(root, target)}`);
