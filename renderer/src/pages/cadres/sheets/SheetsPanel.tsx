import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { platform } from '../../../platform';
import { DeskBar } from '../signin/DeskBar';
import { useDeskChoice } from '../signin/deskChoice';

/** The route of the print view for a day, community and post. */
export function sheetRoute(day: string, community: string, post: string): string {
  const params = new URLSearchParams({ day });
  if (community) params.set('community', community);
  if (post) params.set('post', post);
  return `/print/signin-sheet?${params.toString()}`;
}

/** 干部签到 -> 签到表打印: pick the day, community and post; print, save as PDF, or look at it first. */
export function SheetsPanel() {
  const { message } = App.useApp();
  const desk = useDeskChoice();
  const [post, setPost] = useState('');
  const route = sheetRoute(desk.day, desk.community, post.trim());
  const fail = (e: Error) => void message.error(e.message);

  const savePdf = async () => {
    const name = `签到表-${desk.community || '全部社区'}-${desk.day}${post.trim() ? `-${post.trim()}` : ''}.pdf`;
    const saved = await platform.printToPdf({ route, suggestedName: name });
    if (saved) void message.success(`已保存：${saved}`);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <DeskBar
        {...desk}
        extra={
          <>
            <span>岗位</span>
            <Input
              aria-label="岗位"
              placeholder="可不填，如 卡点值守"
              value={post}
              onChange={(e) => setPost(e.target.value)}
              style={{ width: 180 }}
            />
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => platform.print({ route }).catch(fail)}>
              打印
            </Button>
            <Button icon={<FilePdfOutlined />} onClick={() => savePdf().catch(fail)}>
              保存为 PDF
            </Button>
          </>
        }
      />
      <Typography.Text type="secondary">
        名单取自人员名册中该社区在岗的人员（填了岗位则只列该岗位的人），表尾留 8 行空白供现场登记。
      </Typography.Text>
      <iframe
        title="签到表预览"
        src={`${location.pathname}${location.search}#${route}`}
        style={{ width: '100%', height: 720, border: '1px solid #d9d9d9', background: '#f5f5f5' }}
      />
    </Space>
  );
}
