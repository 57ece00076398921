import { useEffect, useState } from 'react';
import { Alert, Cascader, Empty, Input, Radio, Space, Spin, Typography } from 'antd';
import { LockOutlined } from '../../../shared/layout/icons';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/api/api';
import type { ProfileSchool } from '../../../api/xueshi-client';
import { toProblem } from '../../../shared/problem/problem';
import {
  chooseRegion,
  initialPickerState,
  orderSchools,
  pickerHint,
  searchRegionId,
  toRegionOptions,
  withChildren,
  type PickerState,
  type RegionOption,
} from '../../../shared/directory/schoolPicker';
import { schoolSystemLabel } from '../../../shared/directory/schoolSystems';

export const OTHER_SCHOOL_HINT =
  '若您所在的学校不在列表中，可以暂时选择“其他”开始学习，不影响平台记录您的学习和进度。然后请联系本校管理员确认学校在平台里正确，或联系县区管理员新增学校后再修改。';

const PAGE_SIZE = 20;

interface Props {
  // value, onChange and id are injected by the enclosing antd Form.Item.
  value?: ProfileSchool;
  onChange?: (value: ProfileSchool | undefined) => void;
  id?: string;
  disabled?: boolean;
}

export function schoolPathText(school: ProfileSchool): string {
  return [...school.regionPath, school.isOther ? '其他' : school.name].join(' / ');
}

/** 所在学校: province → city → county, loaded as opened, then a search within the city or county. */
export function SchoolPicker({ value, onChange, id, disabled }: Props) {
  const [state, setState] = useState<PickerState>(initialPickerState);
  const [tree, setTree] = useState<RegionOption[]>([]);
  const [search, setSearch] = useState('');

  const provinces = useQuery({ queryKey: ['regions', 'root'], queryFn: () => api.listRegions(), enabled: !disabled, staleTime: Infinity });
  useEffect(() => {
    if (provinces.data) setTree(toRegionOptions(provinces.data));
  }, [provinces.data]);

  const regionId = searchRegionId(state);
  const schools = useQuery({
    queryKey: ['schools', regionId, state.query],
    queryFn: () => api.searchSchools({ regionId: regionId!, q: state.query || undefined, page: 1, pageSize: PAGE_SIZE }),
    enabled: !disabled && regionId !== null,
  });

  if (disabled) {
    return (
      <Typography.Text id={id} data-testid="school-locked">
        <LockOutlined /> {value ? schoolPathText(value) : '未填写'}
      </Typography.Text>
    );
  }

  const loadData = async (selected: RegionOption[]) => {
    const path = selected.map((o) => o.value);
    const children = toRegionOptions(await api.listRegions(path[path.length - 1]));
    setTree((current) => withChildren(current, path, children));
  };

  const items = orderSchools(schools.data?.items ?? []);
  // The cascader's input points aria-owns at "<its id>_list", which antd never renders: name the popup so.
  const regionsId = `${id ?? 'school-picker'}_regions`;
  const hint = pickerHint(state);

  return (
    <div className="school-picker" id={id}>
      {value && (
        <div className="school-picker__current" data-testid="school-current">
          当前：{schoolPathText(value)}
          {value.schoolSystem && <Typography.Text type="secondary">（{schoolSystemLabel(value.schoolSystem)}）</Typography.Text>}
        </div>
      )}
      <Space direction="vertical" style={{ width: '100%' }}>
        <Cascader<RegionOption>
          aria-label="学校所在地区"
          id={regionsId}
          popupRender={(menus) => <div id={`${regionsId}_list`}>{menus}</div>}
          className="school-picker__regions"
          options={tree}
          loadData={(selected) => void loadData(selected)}
          changeOnSelect
          placeholder="选择省 / 市 / 县区"
          loading={provinces.isPending}
          value={state.path}
          onChange={(path, selected) => {
            setSearch('');
            setState(chooseRegion(state, (path ?? []) as string[], (selected ?? []).map((o) => o.label)));
          }}
          popupClassName="school-picker__popup"
          style={{ width: '100%' }}
        />
        <Input.Search
          aria-label="搜索学校"
          placeholder={regionId ? '输入学校名称搜索' : '选择市或县区后可搜索学校'}
          disabled={!regionId}
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(q) => setState({ ...state, query: q.trim() })}
          enterButton="搜索"
        />
        {hint && <Typography.Text type="secondary">{hint}</Typography.Text>}
        {regionId && schools.isPending && <Spin />}
        {schools.isError && <Alert type="error" showIcon message={toProblem(schools.error).title} />}
        {regionId && schools.data && items.length === 0 && <Empty description="没有找到学校，可换个名称再搜" />}
        {items.length > 0 && (
          <Radio.Group
            className="school-picker__list"
            value={value?.id}
            onChange={(e) => {
              const picked = items.find((s) => s.id === e.target.value);
              if (picked) onChange?.(picked);
            }}
          >
            <Space direction="vertical">
              {items.map((s) => (
                <Radio key={s.id} value={s.id}>
                  {s.isOther ? '其他（学校不在列表中）' : s.name}
                  {!s.isOther && <Typography.Text type="secondary"> {schoolSystemLabel(s.schoolSystem)}</Typography.Text>}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        )}
        {schools.data && schools.data.total > items.length && (
          <Typography.Text type="secondary">共 {schools.data.total} 所，请输入名称缩小范围</Typography.Text>
        )}
        {value?.isOther && <Alert type="info" showIcon message={OTHER_SCHOOL_HINT} data-testid="other-school-hint" />}
      </Space>
    </div>
  );
}
