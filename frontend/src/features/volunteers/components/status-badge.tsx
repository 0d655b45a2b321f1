import { useT } from '@/lib/i18n';
import type { VolunteerPost } from '../api/volunteers';
import { postState, postStateLabel } from '../utils/labels';
import './volunteers.css';
import '../i18n';

/** Where a post stands, in words (下書き, 承認待ち, 公開中, 締切済み, 差戻し, 募集終了): never its code. */
export function PostStatusBadge({ post }: { post: Pick<VolunteerPost, 'status' | 'published'> }) {
  const t = useT();
  const state = postState(post);
  return <span className={`volunteer-badge volunteer-state-${state.toLowerCase()}`}>{postStateLabel(t, state)}</span>;
}
