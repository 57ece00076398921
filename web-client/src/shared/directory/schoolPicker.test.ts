import { describe, expect, it } from 'vitest';
import {
  chooseRegion,
  chosenCountyId,
  initialPickerState,
  orderSchools,
  pickerHint,
  searchRegionId,
  toRegionOptions,
  withChildren,
} from './schoolPicker';

const provinces = toRegionOptions([
  { id: 'p1', code: '11', name: '甲省', level: 'province' },
  { id: 'p2', code: '12', name: '乙省', level: 'province' },
]);

describe('school picker', () => {
  it('hangs loaded children under the opened region, leaving the rest alone', () => {
    const cities = toRegionOptions([{ id: 'c1', code: '1101', name: '甲市', level: 'city' }]);
    const counties = toRegionOptions([{ id: 'x1', code: '110101', name: '甲县', level: 'county' }]);
    let tree = withChildren(provinces, ['p1'], cities);
    tree = withChildren(tree, ['p1', 'c1'], counties);

    expect(tree[0].children?.[0].children?.[0]).toMatchObject({ value: 'x1', isLeaf: true });
    expect(tree[1]).toBe(provinces[1]);
    expect(provinces[0].children).toBeUndefined();
  });

  it('marks a region with no children as a leaf', () => {
    expect(withChildren(provinces, ['p2'], [])[1]).toMatchObject({ isLeaf: true, children: [] });
  });

  it('searches within a city or a county, never a whole province', () => {
    let state = chooseRegion(initialPickerState, ['p1'], ['甲省']);
    expect(searchRegionId(state)).toBeNull();
    expect(pickerHint(state)).toBe('请继续选择市和县区');
    state = chooseRegion(state, ['p1', 'c1'], ['甲省', '甲市']);
    expect(searchRegionId(state)).toBe('c1');
    state = chooseRegion({ ...state, query: '实验' }, ['p1', 'c1', 'x1'], ['甲省', '甲市', '甲县']);
    expect(searchRegionId(state)).toBe('x1');
    expect(chosenCountyId(state)).toBe('x1');
    expect(state.query).toBe('');
    expect(pickerHint(state)).toBe('');
  });

  it('puts "其他" after the real schools', () => {
    const ordered = orderSchools([
      { name: '其他', isOther: true },
      { name: '一小', isOther: false },
      { name: '二小', isOther: false },
    ]);
    expect(ordered.map((s) => s.name)).toEqual(['一小', '二小', '其他']);
  });
});
