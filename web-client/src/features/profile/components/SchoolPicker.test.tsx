import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import { QueryClientProvider } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { api } from '../../../shared/api/api';
import type { ProfileSchool } from '../../../api/xueshi-client';
import { createQueryClient } from '../../../shared/api/queryClient';
import { setupUser } from '../../../shared/test/renderApp';
import { OTHER_SCHOOL_HINT, SchoolPicker } from './SchoolPicker';

vi.mock('../../../shared/api/api', () => import('../../../shared/test/apiMock'));

const mocked = vi.mocked(api);

function Harness({ onPick }: { onPick: (s: ProfileSchool | undefined) => void }) {
  const [value, setValue] = useState<ProfileSchool>();
  return (
    <SchoolPicker
      value={value}
      onChange={(s) => {
        setValue(s);
        onPick(s);
      }}
    />
  );
}

const school = (id: string, name: string, isOther = false) => ({
  id,
  name,
  schoolSystem: 'primary' as const,
  isOther,
  countyId: 'x1',
  regionPath: ['甲省', '甲市', '甲县'],
});

describe('SchoolPicker', { timeout: 30_000 }, () => {
  it('loads each level when opened, searches within the county, and explains "其他"', async () => {
    mocked.listRegions.mockImplementation(async (parentId?: string) => {
      if (!parentId) return [{ id: 'p1', code: '11', name: '甲省', level: 'province' as const }];
      if (parentId === 'p1') return [{ id: 'c1', code: '1101', name: '甲市', level: 'city' as const }];
      return [{ id: 'x1', code: '110101', name: '甲县', level: 'county' as const }];
    });
    mocked.searchSchools.mockImplementation(async ({ q }) =>
      q ? { items: [school('s2', '甲县实验小学')], total: 1, page: 1, pageSize: 20 } : { items: [school('o1', '其他', true), school('s1', '甲县第一小学')], total: 2, page: 1, pageSize: 20 },
    );
    const onPick = vi.fn();
    const user = setupUser();
    const { container } = render(
      <AntdApp>
        <QueryClientProvider client={createQueryClient()}>
          <Harness onPick={onPick} />
        </QueryClientProvider>
      </AntdApp>,
    );

    expect(screen.getByText('请先选择学校所在的省、市、县区')).toBeInTheDocument();
    expect(screen.getByLabelText('搜索学校')).toBeDisabled();
    await waitFor(() => expect(mocked.listRegions).toHaveBeenCalledWith());

    await user.click(container.querySelector('.ant-select-selector') as HTMLElement);
    await user.click(await screen.findByText('甲省'));
    await user.click(await screen.findByText('甲市'));
    await user.click(await screen.findByText('甲县'));
    expect(mocked.listRegions).toHaveBeenCalledWith('p1');
    expect(mocked.listRegions).toHaveBeenCalledWith('c1');

    // The county's schools, "其他" last.
    const radios = await screen.findAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(['甲县第一小学 小学', '其他（学校不在列表中）']);
    expect(mocked.searchSchools).toHaveBeenLastCalledWith({ regionId: 'x1', q: undefined, page: 1, pageSize: 20 });

    await user.click(screen.getByRole('radio', { name: '其他（学校不在列表中）' }));
    expect(onPick).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'o1', isOther: true }));
    expect(screen.getByTestId('other-school-hint')).toHaveTextContent(OTHER_SCHOOL_HINT);

    await user.click(screen.getByLabelText('搜索学校'));
    await user.paste('实验');
    await user.keyboard('{Enter}');
    await user.click(await screen.findByRole('radio', { name: /甲县实验小学/ }));
    expect(mocked.searchSchools).toHaveBeenLastCalledWith({ regionId: 'x1', q: '实验', page: 1, pageSize: 20 });
    expect(onPick).toHaveBeenLastCalledWith(expect.objectContaining({ id: 's2' }));
    expect(screen.getByTestId('school-current')).toHaveTextContent('甲省 / 甲市 / 甲县 / 甲县实验小学');
    expect(screen.queryByTestId('other-school-hint')).toBeNull();
  });
});
