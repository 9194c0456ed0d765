import { UsageError, type CliCommand } from '../command';

export const call: CliCommand = {
  usage: ['call METHOD [JSON] [--db PATH]                调用一个接口方法，输出 JSON 结果'],
  check([method, json]) {
    if (!method) throw new UsageError('请写出要调用的方法，例如：call communities.list');
    if (json) {
      try {
        JSON.parse(json);
      } catch {
        throw new UsageError('参数不是有效的 JSON。');
      }
    }
  },
  async run(core, [method, json]) {
    const result = await core.invoke(method, json ? JSON.parse(json) : {});
    console.log(JSON.stringify(result, null, 2));
    return result.ok ? 0 : 1;
  },
};
