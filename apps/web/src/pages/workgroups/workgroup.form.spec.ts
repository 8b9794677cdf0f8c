import { choosablePeople, membersBesidesLeads, workgroupRules } from './workgroup.form';

describe("choosing a workgroup's people", () => {
  const members = [
    { userId: 'u-marcus', displayName: 'Marcus Bell', roles: ['WORKGROUP_LEAD' as const] },
    { userId: 'u-carmen', displayName: 'Carmen Díaz', roles: ['PARTNER_CONTACT' as const] },
    { userId: 'u-ana', displayName: 'Ana López', roles: ['MEMBER' as const, 'PARTNER_CONTACT' as const] },
  ];

  it('offers the members by name, not those who are only a partner’s contact', () => {
    expect(choosablePeople(members)).toEqual([
      { value: 'u-ana', label: 'Ana López' },
      { value: 'u-marcus', label: 'Marcus Bell' },
    ]);
  });

  it('keeps offering someone already in the workgroup, so saving does not drop them', () => {
    expect(choosablePeople(members, [{ userId: 'u-carmen', displayName: 'Carmen Díaz' }])).toEqual([
      { value: 'u-ana', label: 'Ana López' },
      { value: 'u-carmen', label: 'Carmen Díaz' },
      { value: 'u-marcus', label: 'Marcus Bell' },
    ]);
  });

  it('does not send a lead as a member too', () => {
    expect(membersBesidesLeads({ leadUserIds: ['u-marcus'], memberUserIds: ['u-ana', 'u-marcus'] })).toEqual([
      'u-ana',
    ]);
  });

  it('asks for a name and holds to the API’s limits', () => {
    expect(workgroupRules.name?.('  ')).toEqual({ id: 'form.required' });
    expect(workgroupRules.name?.('x'.repeat(201))).toEqual({ id: 'form.maxLength', values: { max: 200 } });
    expect(workgroupRules.leadUserIds?.(Array.from({ length: 21 }, (_, i) => `u-${i}`))).toEqual({
      id: 'governance.workgroupForm.tooMany',
      values: { max: 20 },
    });
    expect(workgroupRules.memberUserIds?.(['u-ana'])).toBeNull();
  });
});
