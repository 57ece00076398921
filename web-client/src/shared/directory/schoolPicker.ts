import type { RegionLevel, RegionResponse } from '../../api/xueshi-client';

/** A node of the province → city → county cascade, loaded one level at a time. */
export interface RegionOption {
  value: string;
  label: string;
  level: RegionLevel;
  isLeaf: boolean;
  children?: RegionOption[];
}

export function toRegionOptions(regions: readonly RegionResponse[]): RegionOption[] {
  return regions.map((r) => ({ value: r.id, label: r.name, level: r.level, isLeaf: r.level === 'county' }));
}

/** Returns a copy of the tree with `children` hung under the node at `path` (ids from the top). */
export function withChildren(tree: readonly RegionOption[], path: readonly string[], children: RegionOption[]): RegionOption[] {
  if (path.length === 0) return children;
  const [head, ...rest] = path;
  return tree.map((node) => {
    if (node.value !== head) return node;
    if (rest.length === 0) return { ...node, children, isLeaf: children.length === 0 };
    return { ...node, children: withChildren(node.children ?? [], rest, children) };
  });
}

export interface PickerState {
  /** RegionResponse ids chosen so far, province first. */
  path: string[];
  /** Labels of the same regions. */
  labels: string[];
  query: string;
}

export const initialPickerState: PickerState = { path: [], labels: [], query: '' };

/** Choosing another region starts a new search there. */
export function chooseRegion(state: PickerState, path: string[], labels: string[]): PickerState {
  return { ...state, path, labels, query: '' };
}

/** Schools are searched within a city or a county; a province alone is too wide. */
export function searchRegionId(state: PickerState): string | null {
  return state.path.length >= 2 ? state.path[state.path.length - 1] : null;
}

/** The county chosen, which is where "其他" lives. */
export function chosenCountyId(state: PickerState): string | null {
  return state.path.length >= 3 ? state.path[2] : null;
}

export function pickerHint(state: PickerState): string {
  if (state.path.length === 0) return '请先选择学校所在的省、市、县区';
  if (state.path.length === 1) return '请继续选择市和县区';
  return '';
}

/** "其他" goes last: it is the way out when the school is not listed, not a school to pick first. */
export function orderSchools<T extends { isOther: boolean; name: string }>(schools: readonly T[]): T[] {
  return [...schools.filter((s) => !s.isOther), ...schools.filter((s) => s.isOther)];
}
