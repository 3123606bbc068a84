import type { GroupKey } from '@shared/domain/salary-explorer';
import type { ExplorerSource } from '../../store/explorer-slice';

export const GROUP_LABELS: Record<GroupKey, string> = { area: 'Area', level: 'Level', title: 'Title', year: 'Year' };

export const sourceKey = (s: ExplorerSource): string => (s.kind === 'occupation' ? `occ:${s.code}` : `ds:${s.id}`);

export function sourceFromKey(key: string): ExplorerSource | null {
  if (key.startsWith('occ:')) return { kind: 'occupation', code: key.slice(4) };
  if (key.startsWith('ds:')) return { kind: 'dataset', id: key.slice(3) };
  return null;
}
