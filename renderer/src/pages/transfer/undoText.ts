/** What undoing an import will do, from the changes it still holds (entries removed since are not counted). */
export function undoText(removes: number, restores: number, which: '本次' | '这次'): string {
  const parts = [
    removes > 0 && `${which}新增的 ${removes} 人将被删除`,
    restores > 0 && `更新的 ${restores} 人恢复原样`,
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join('，')}。` : `${which}导入的记录都已不在台账中，没有要删除或恢复的记录。`;
}
