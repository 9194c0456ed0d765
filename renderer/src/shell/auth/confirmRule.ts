import type { FormRule } from 'antd';

/** The second typing of a new password must match the first (the field named `field`). */
export const confirmRule =
  (field: string): FormRule =>
  ({ getFieldValue }) => ({
    validator: (_, value) =>
      !value || value === getFieldValue(field) ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一样')),
  });
