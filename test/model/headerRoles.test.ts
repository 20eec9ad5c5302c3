import { describe, expect, it } from 'vitest';
import { headerRole } from '../../src/model/headerRoles.js';

describe('headerRole', () => {
  it.each([
    ['序号', 'seq'], ['编号', 'seq'], ['序號', 'seq'],
    ['专项', 'group'], ['专题项目', 'group'], ['专项项目', 'group'], ['项目名称', 'group'], ['工作项目', 'group'], ['大项', 'group'], ['小项', 'group'], ['类别', 'group'], ['领域', 'group'],
    ['任务', 'task'], ['主要任务', 'task'], ['重点任务', 'task'], ['重点项目任务', 'task'], ['目标任务', 'task'], ['工作任务', 'task'], ['任务名称', 'task'], ['整治内容', 'task'], ['工作内容', 'task'], ['工作任務', 'task'],
    ['主要内容', 'content'], ['具体内容', 'content'], ['工作措施', 'content'], ['具体措施', 'content'],
    ['牵头单位', 'lead'], ['牵头部门', 'lead'], ['牵头（承办）部门', 'lead'], ['责任单位', 'lead'], ['责任部门', 'lead'], ['主责单位', 'lead'], ['承办单位', 'lead'], ['牽頭單位', 'lead'], ['責任單位', 'lead'],
    ['配合单位', 'partners'], ['协办单位', 'partners'], ['参与单位', 'partners'], ['協辦單位', 'partners'],
    ['完成时限', 'deadline'], ['完成年限', 'deadline'], ['完成时间', 'deadline'], ['完成期限', 'deadline'], ['时间节点', 'deadline'], ['时限', 'deadline'], ['完成時限', 'deadline'], ['完成时限（年）', 'deadline'],
    ['区民生实事项目数量', 'note'], ['总投资', 'note'], ['业主单位', 'lead'], ['工作进度安排', 'deadline'], ['工作進(jìn)度安排', 'deadline'], ['目前实施情况', 'note'], ['执行情况', 'note'],
    ['完 成 时 限', 'deadline'], ['备注', 'note'], ['责任领导', 'note'], ['牵头领导', 'note'], ['县领导', 'note'], ['牵头负责领导', 'note'], ['市政府分管领导', 'note'], ['领导', 'note'], ['联系人', 'note'], ['数据提供单位', 'note'], ['整改实施主体', 'lead'], ['主办单位', 'lead'], ['主辦單位', 'lead'],
  ])('%s → %s', (text, role) => {
    expect(headerRole(text)).toBe(role);
  });

  it.each(['累计降幅', '现有数量（个）', '已按标准划线（个）', '', '明确工作机构及领导职责', '加强组织领导', '为认真贯彻落实《关于推进安全生产领域改革发展的意见》精神，制定本方案。'])(
    '%s has no role',
    (text) => {
      expect(headerRole(text)).toBeNull();
    },
  );
});
