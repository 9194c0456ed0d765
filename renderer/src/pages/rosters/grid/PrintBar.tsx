import { FileExcelOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { DutyPost } from '../../../../../shared/domain/rosters/types';
import { todayText } from '../../../../../shared/domain/dates';
import { call } from '../../../api';
import { platform } from '../../../platform';
import { weekOf, type Period } from '../period';
import { rosterDayRoute, rosterWeekRoute } from '../print/routes';
import { WriteOnly } from '../../../shell/auth/WriteOnly';

interface Props {
  period: Period;
  community: string;
  posts: DutyPost[];
}

/** The day's roster to print or save as PDF (all posts or one), the week in landscape, the period as .xlsx. */
export function PrintBar({ period, community, posts }: Props) {
  const { message } = App.useApp();
  const today = todayText(new Date());
  const [day, setDay] = useState(() => (today >= period.from && today <= period.to ? today : period.from));
  const [postId, setPostId] = useState<number | undefined>(undefined);
  const fail = (e: Error) => void message.error(e.message);
  const dayRoute = rosterDayRoute(day, community, postId);
  const postName = posts.find((p) => p.id === postId)?.name;

  const savePdf = async () => {
    const name = `值班表-${postName ?? (community || '全部社区')}-${day}.pdf`;
    const saved = await platform.printToPdf({ route: dayRoute, suggestedName: name });
    if (saved) void message.success(`已保存：${saved}`);
  };

  const exportXlsx = async () => {
    const file = await call('rosters.export', { ...period, community: community || undefined });
    const saved = await platform.saveFile({
      fileId: file.fileId,
      suggestedName: file.name,
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
    if (saved) void message.success(`已导出“${file.name}”`);
  };

  return (
    <Space wrap>
      <span>打印日期</span>
      <DatePicker
        aria-label="打印日期"
        allowClear={false}
        value={dayjs(day)}
        format="YYYY-MM-DD dddd"
        onChange={(d) => d && setDay(d.format('YYYY-MM-DD'))}
      />
      <Select
        aria-label="打印岗位"
        style={{ width: 160 }}
        value={postId ?? 0}
        onChange={(v: number) => setPostId(v || undefined)}
        options={[{ value: 0, label: '全部岗位' }, ...posts.map((p) => ({ value: p.id, label: p.name }))]}
      />
      <Button icon={<PrinterOutlined />} onClick={() => platform.print({ route: dayRoute }).catch(fail)}>
        打印当日值班表
      </Button>
      <Button icon={<FilePdfOutlined />} onClick={() => savePdf().catch(fail)}>
        导出 PDF
      </Button>
      <Button
        icon={<PrinterOutlined />}
        onClick={() => platform.print({ route: rosterWeekRoute(weekOf(day).from, community) }).catch(fail)}
      >
        打印周表
      </Button>
      <WriteOnly>
        <Button icon={<FileExcelOutlined />} onClick={() => exportXlsx().catch(fail)}>
          导出 Excel
        </Button>
      </WriteOnly>
    </Space>
  );
}
