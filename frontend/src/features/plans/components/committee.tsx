/** 推進委員会: its members and its meetings (one module per panel and per form under committee/). */
import './plans.css';
import './committee.css';

export { CommitteeMeetingsPanel } from './committee/meetings-panel';
export { CommitteeMembersPanel } from './committee/members-panel';
