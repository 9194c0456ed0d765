import type { CliCommand } from '../command';

export const info: CliCommand = {
  usage: ['info [--db PATH]                              数据文件位置与版本'],
  async run(core) {
    console.log(JSON.stringify(await core.invoke('app.info', {}), null, 2));
    return 0;
  },
};
