/** Made-up but well-formed people for benchmarks: names, valid ID numbers, mobile phones. */

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const given = '芳丽静敏燕艳娟霞秀英华玉兰桂梅红丹萍婷雪琳颖倩洁莉欣怡佳慧春海晓东强军伟涛明超勇杰斌磊鹏辉刚峰平国庆俊';
const regions = ['220102', '220103', '220104', '220105', '220106', '220112'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function checkChar(body: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return '10X98765432'[sum % 11]!;
}

export interface Person {
  name: string;
  idNumber: string;
  phone: string;
}

export function* people(count: number, seed = 42): Generator<Person> {
  const next = rng(seed);
  const pick = (s: string) => s[Math.floor(next() * s.length)]!;
  for (let i = 0; i < count; i++) {
    const name = pick(surnames) + pick(given) + (next() < 0.6 ? pick(given) : '');
    // Each block of 1,000 people shares a region and a birth date and differs in the sequence
    // number, so every ID number is unique; the sequence's last digit (the 17th) is even for women.
    const block = Math.floor(i / 1000);
    const born = new Date(Date.UTC(1945, 0, 1) + block * 211 * 86_400_000)
      .toISOString()
      .slice(0, 10)
      .replaceAll('-', '');
    const seq = String(i % 1000).padStart(3, '0');
    const body = `${regions[block % regions.length]}${born}${seq}`;
    const phone = `1${3 + Math.floor(next() * 7)}${String(Math.floor(next() * 1e9)).padStart(9, '0')}`;
    yield { name, idNumber: body + checkChar(body), phone };
  }
}
